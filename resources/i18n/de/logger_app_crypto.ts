<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>RecoveryKey</name>
    <message>
        <source>A recovery key has only letters and digits; {characters} is not one of them.</source>
        <translation>Ein Wiederherstellungsschlüssel besteht nur aus Buchstaben und Ziffern; {characters} gehört nicht dazu.</translation>
    </message>
    <message>
        <source>A recovery key has {groups} groups of 4 characters; this has {count} characters.</source>
        <translation>Ein Wiederherstellungsschlüssel hat {groups} Gruppen zu je 4 Zeichen; dieser hat {count} Zeichen.</translation>
    </message>
    <message>
        <source>The recovery key has a typing mistake: check each group against the sheet.</source>
        <translation>Der Wiederherstellungsschlüssel enthält einen Tippfehler: Prüfen Sie jede Gruppe anhand des Blatts.</translation>
    </message>
</context>
</TS>
