<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>RecoveryKey</name>
    <message>
        <source>A recovery key has only letters and digits; {characters} is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery key has {groups} groups of 4 characters; this has {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key has a typing mistake: check each group against the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
