<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Conversion</name>
    <message>
        <source>{name} is not an administrator: only an administrator may encrypt or decrypt the logbook.</source>
        <translation>{name} ist kein Administrator: Nur ein Administrator darf das Logbuch verschlüsseln oder entschlüsseln.</translation>
    </message>
    <message>
        <source>The logbook in {folder} is encrypted already.</source>
        <translation>Das Logbuch in {folder} ist bereits verschlüsselt.</translation>
    </message>
    <message>
        <source>The logbook in {folder} is not encrypted.</source>
        <translation>Das Logbuch in {folder} ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>A logbook on the clinic server relies on the server&apos;s disk encryption: there is nothing to convert here.</source>
        <translation>Ein Logbuch auf dem Praxisserver verlässt sich auf die Festplattenverschlüsselung des Servers: Hier gibt es nichts umzuwandeln.</translation>
    </message>
    <message>
        <source>The logbook in {folder} is open (in the app or another program): close it and try again. Nothing was changed.</source>
        <translation>Das Logbuch in {folder} ist geöffnet (in der App oder einem anderen Programm): Schließen Sie es und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The encryption of the logbook in {folder} failed ({error}); the logbook was left as it was.</source>
        <translation>Die Verschlüsselung des Logbuchs in {folder} ist fehlgeschlagen ({error}); das Logbuch blieb unverändert.</translation>
    </message>
    <message>
        <source>The decryption of the logbook in {folder} failed ({error}); the logbook was left as it was.</source>
        <translation>Die Entschlüsselung des Logbuchs in {folder} ist fehlgeschlagen ({error}); das Logbuch blieb unverändert.</translation>
    </message>
    <message>
        <source>The logbook in {folder} was opened during the encryption: close it and try again. Nothing was changed.</source>
        <translation>Das Logbuch in {folder} wurde während der Verschlüsselung geöffnet: Schließen Sie es und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The logbook in {folder} was opened during the decryption: close it and try again. Nothing was changed.</source>
        <translation>Das Logbuch in {folder} wurde während der Entschlüsselung geöffnet: Schließen Sie es und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The converted logbook could not be put in {folder} ({reason}); the logbook was left as it was.</source>
        <translation>Das umgewandelte Logbuch konnte nicht in {folder} abgelegt werden ({reason}); das Logbuch blieb unverändert.</translation>
    </message>
</context>
</TS>
