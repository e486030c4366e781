<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Backup</name>
    <message>
        <source>There is no logbook to back up in {folder}.</source>
        <translation>In {folder} gibt es kein Logbuch, das gesichert werden kann.</translation>
    </message>
    <message>
        <source>The logbook in {folder} is encrypted: sign in (or give its recovery key) to back it up.</source>
        <translation>Das Logbuch in {folder} ist verschlüsselt: Melden Sie sich an (oder geben Sie seinen Wiederherstellungsschlüssel ein), um es zu sichern.</translation>
    </message>
    <message>
        <source>{file} is not a logbook database; nothing was backed up.</source>
        <translation>{file} ist keine Logbuch-Datenbank; es wurde nichts gesichert.</translation>
    </message>
    <message>
        <source>The logbook in {folder} does not open with this key; nothing was backed up.</source>
        <translation>Das Logbuch in {folder} öffnet sich mit diesem Schlüssel nicht; es wurde nichts gesichert.</translation>
    </message>
    <message>
        <source>The logbook in {folder} cannot be backed up: {error}.</source>
        <translation>Das Logbuch in {folder} kann nicht gesichert werden: {error}.</translation>
    </message>
    <message>
        <source>The backup could not be written to {file}: {error}.</source>
        <translation>Die Sicherung konnte nicht nach {file} geschrieben werden: {error}.</translation>
    </message>
    <message>
        <source>{target} is a folder: give the backup a file name.</source>
        <translation>{target} ist ein Ordner: Geben Sie der Sicherung einen Dateinamen.</translation>
    </message>
    <message>
        <source>A backup cannot be saved inside the data folder ({folder}) except in its &apos;{backups}&apos; folder: choose another place, ideally another disk.</source>
        <translation>Eine Sicherung kann im Datenordner ({folder}) nur in dessen Ordner „{backups}“ gespeichert werden: Wählen Sie einen anderen Ort, am besten ein anderes Laufwerk.</translation>
    </message>
    <message>
        <source>{name} is not a logbook backup (it has no {manifest}).</source>
        <translation>{name} ist keine Logbuch-Sicherung (sie enthält kein {manifest}).</translation>
    </message>
    <message>
        <source>{name} cannot be read as a backup: {error}.</source>
        <translation>{name} kann nicht als Sicherung gelesen werden: {error}.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>The logbook in {folder} is in use (open in the app or another program): close it and restore again. Nothing was changed.</source>
        <translation>Das Logbuch in {folder} ist in Gebrauch (in der App oder einem anderen Programm geöffnet): Schließen Sie es und stellen Sie erneut wieder her. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{folder} is not a folder: choose a data folder to restore into.</source>
        <translation>{folder} ist kein Ordner: Wählen Sie einen Datenordner für die Wiederherstellung.</translation>
    </message>
</context>
</TS>
