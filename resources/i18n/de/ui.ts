<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Microneedling Logbook</source>
        <translation>Microneedling-Logbuch</translation>
    </message>
    <message>
        <source>The logbook cannot be opened</source>
        <translation>Das Logbuch kann nicht geöffnet werden</translation>
    </message>
</context>
</TS>
