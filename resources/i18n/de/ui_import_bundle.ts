<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import client</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <source>An export of every client: {clients}.</source>
        <translation>Ein Export aller Kunden: {clients}.</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>One client&apos;s bundle.</source>
        <translation>Das Paket eines Kunden.</translation>
    </message>
    <message>
        <source>Import clients already in this logbook as new clients</source>
        <translation>Kunden, die bereits in diesem Logbuch sind, als neue Kunden importieren</translation>
    </message>
    <message>
        <source>A client of the same name and birth date is refused unless this is ticked; the same client from the same export is never imported twice.</source>
        <translation>Ein Kunde mit gleichem Namen und Geburtsdatum wird abgelehnt, sofern dies nicht angehakt ist; derselbe Kunde aus demselben Export wird nie zweimal importiert.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>{file}: not a bundle made by the logbook (no MANIFEST.sha256 inside). Choose the zip that Export made.</source>
        <translation>{file}: kein vom Logbuch erstelltes Paket (keine MANIFEST.sha256 enthalten). Wählen Sie die ZIP-Datei, die der Export erstellt hat.</translation>
    </message>
    <message>
        <source>Checking the bundle and importing…</source>
        <translation>Paket wird geprüft und importiert…</translation>
    </message>
    <message>
        <source>Importing: {done} of {total} records…</source>
        <translation>Import: {done} von {total} Einträgen…</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importiert.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Stopping… nothing will be imported.</source>
        <translation>Wird abgebrochen… es wird nichts importiert.</translation>
    </message>
</context>
</TS>
