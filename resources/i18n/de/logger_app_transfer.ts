<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ServerBackup</name>
    <message>
        <source>The logbook on the clinic server has encrypted photos: sign in as a practitioner who holds its key to back it up.</source>
        <translation>Das Logbuch auf dem Praxisserver hat verschlüsselte Fotos: Melden Sie sich als Behandler an, der den Schlüssel dazu hat, um es zu sichern.</translation>
    </message>
</context>
</TS>
