<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CourseProgress</name>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} von {planned}</translation>
    </message>
</context>
<context>
    <name>SafetyAcknowledgement</name>
    <message>
        <source>{warning} Gone on past this stop because: {reason}</source>
        <translation>{warning} Trotz dieses Stopps fortgefahren, weil: {reason}</translation>
    </message>
</context>
<context>
    <name>WarningGroup</name>
    <message>
        <source>Contraindications</source>
        <translation>Kontraindikationen</translation>
    </message>
    <message>
        <source>Wash-outs</source>
        <translation>Karenzzeiten</translation>
    </message>
    <message>
        <source>Intervals</source>
        <translation>Abstände</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Unterlagen</translation>
    </message>
</context>
</TS>
