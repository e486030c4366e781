<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Passphrases</name>
    <message>
        <source>Choose a passphrase of at least {count} characters: a few words you will remember are best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the passphrase under {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase starts or ends with a space, which is easily mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase holds a control character that cannot be typed back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
