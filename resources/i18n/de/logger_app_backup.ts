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
    <name>BackupKeys</name>
    <message>
        <source>{name} is a backup of a plain logbook: it needs no key.</source>
        <translation>{name} ist die Sicherung eines unverschlüsselten Logbuchs: Sie braucht keinen Schlüssel.</translation>
    </message>
    <message>
        <source>{name} is incomplete: it holds no {file}.</source>
        <translation>{name} ist unvollständig: Sie enthält keine {file}.</translation>
    </message>
    <message>
        <source>{name} is damaged: {error}</source>
        <translation>{name} ist beschädigt: {error}</translation>
    </message>
    <message>
        <source>{name} is damaged: its {file} cannot be read.</source>
        <translation>{name} ist beschädigt: Die darin enthaltene {file} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>{name} holds no key to the backup {backup}: sign in as a practitioner of the logbook it was made of, or give its recovery key.</source>
        <translation>{name} hat keinen Schlüssel zur Sicherung {backup}: Melden Sie sich als Behandler des Logbuchs an, aus dem sie erstellt wurde, oder geben Sie dessen Wiederherstellungsschlüssel ein.</translation>
    </message>
    <message>
        <source>This recovery key is not the one of the logbook {backup} was made of: check that the sheet is that logbook&apos;s.</source>
        <translation>Dieser Wiederherstellungsschlüssel gehört nicht zu dem Logbuch, aus dem {backup} erstellt wurde: Prüfen Sie, ob das Blatt zu diesem Logbuch gehört.</translation>
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
