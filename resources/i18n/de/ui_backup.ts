<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BackupActions</name>
    <message>
        <source>Logbook backups (*.zip)</source>
        <translation>Logbuch-Sicherungen (*.zip)</translation>
    </message>
    <message>
        <source>Backing up the logbook…</source>
        <translation>Das Logbuch wird gesichert…</translation>
    </message>
    <message>
        <source>The logbook was backed up to
{path}

{summary}.

Every file was read back and its checksum verified. Keep a copy on another disk too.</source>
        <translation>Das Logbuch wurde gesichert in
{path}

{summary}.

Jede Datei wurde zurückgelesen und ihre Prüfsumme geprüft. Bewahren Sie zusätzlich eine Kopie auf einem anderen Datenträger auf.</translation>
    </message>
    <message>
        <source>{count} photo file(s) were missing or damaged where the logbook keeps them (the data folder or the clinic server) and are not in the backup.</source>
        <translation>{count} Fotodatei(en) fehlten oder waren beschädigt am Speicherort des Logbuchs (Datenordner oder Klinikserver) und sind nicht in der Sicherung enthalten.</translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation>Sicherung gespeichert</translation>
    </message>
    <message>
        <source>Restore onto the clinic server</source>
        <translation>Wiederherstellung auf dem Klinikserver</translation>
    </message>
    <message>
        <source>A logbook on the clinic server is not replaced from a window: every room works in it. To restore a backup onto the server, its IT restores it into an empty database with

{command}

and every workstation then connects to that database.</source>
        <translation>Ein Logbuch auf dem Klinikserver wird nicht aus einem Fenster heraus ersetzt: Alle Räume arbeiten darin. Um eine Sicherung auf dem Server wiederherzustellen, spielt die IT der Klinik sie in eine leere Datenbank ein mit

{command}

und jeder Arbeitsplatz verbindet sich anschließend mit dieser Datenbank.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Die Sicherung wird geprüft…</translation>
    </message>
    <message>
        <source>Restore the logbook from {file}?

The backup holds {summary}.</source>
        <translation>Das Logbuch aus {file} wiederherstellen?

Die Sicherung enthält {summary}.</translation>
    </message>
    <message>
        <source>&lt;date and time&gt;</source>
        <translation>&lt;Datum und Uhrzeit&gt;</translation>
    </message>
    <message>
        <source>The current logbook is not deleted: it is moved, with its photos, to
{folder}
where it stays until you delete it.</source>
        <translation>Das aktuelle Logbuch wird nicht gelöscht: Es wird mit seinen Fotos verschoben nach
{folder}
und bleibt dort, bis Sie es löschen.</translation>
    </message>
    <message>
        <source>Restore from backup?</source>
        <translation>Aus Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>The logbook could not be closed for the restore: {error}</source>
        <translation>Das Logbuch konnte für die Wiederherstellung nicht geschlossen werden: {error}</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>The logbook was restored from {file}:
{summary}.</source>
        <translation>Das Logbuch wurde aus {file} wiederhergestellt:
{summary}.</translation>
    </message>
    <message>
        <source>The logbook it replaced was kept in
{folder}</source>
        <translation>Das ersetzte Logbuch wurde aufbewahrt in
{folder}</translation>
    </message>
    <message>
        <source>Logbook restored</source>
        <translation>Logbuch wiederhergestellt</translation>
    </message>
    <message>
        <source>The logbook cannot be opened</source>
        <translation>Das Logbuch kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be made: {error}.</source>
        <translation>Der Sicherungsordner {folder} kann nicht angelegt werden: {error}.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Logbook backup</source>
        <translation>Logbuch-Sicherung</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>Sicherung und Wiederherstellung</translation>
    </message>
    <message>
        <source>Back up the logbook</source>
        <translation>Logbuch sichern</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>{path} already exists. Replace it?</source>
        <translation>{path} existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ShellActions</name>
    <message>
        <source>Back up now…</source>
        <translation>Jetzt sichern…</translation>
    </message>
    <message>
        <source>Save the whole logbook, photos included, in a file</source>
        <translation>Das ganze Logbuch samt Fotos in einer Datei sichern</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Aus Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Replace the logbook with a backup (the current one is kept)</source>
        <translation>Das Logbuch durch eine Sicherung ersetzen (das aktuelle bleibt erhalten)</translation>
    </message>
    <message>
        <source>Open backup folder</source>
        <translation>Sicherungsordner öffnen</translation>
    </message>
    <message>
        <source>Show the automatic backups</source>
        <translation>Die automatischen Sicherungen anzeigen</translation>
    </message>
</context>
</TS>
