<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BundleImport</name>
    <message>
        <source>{member}: missing (not a client&apos;s bundle).</source>
        <translation>{member}: fehlt (kein Paket eines Kunden).</translation>
    </message>
    <message>
        <source>{member}: not readable JSON ({error}).</source>
        <translation>{member}: kein lesbares JSON ({error}).</translation>
    </message>
    <message>
        <source>{member}: not a client&apos;s history (no &quot;client&quot;).</source>
        <translation>{member}: keine Kundenhistorie (kein „client“).</translation>
    </message>
    <message>
        <source>{member}: not made by {generator} (a foreign file).</source>
        <translation>{member}: nicht von {generator} erstellt (eine fremde Datei).</translation>
    </message>
    <message>
        <source>{member}: format version {version}; this app reads version {known} (update the app to import it).</source>
        <translation>{member}: Formatversion {version}; diese App liest Version {known} (aktualisieren Sie die App, um es zu importieren).</translation>
    </message>
    <message>
        <source>{file}: no {manifest} inside: not a bundle made by the logbook.</source>
        <translation>{file}: enthält kein {manifest}: kein vom Logbuch erstelltes Paket.</translation>
    </message>
    <message>
        <source>{file}: holds the folders of {count} client(s) (an export of every client): import it with --all (or choose “every client” in the window).</source>
        <translation>{file}: enthält die Ordner von {count} Kunde(n) (ein Export aller Kunden): Importieren Sie es mit --all (oder wählen Sie „alle Kunden“ im Fenster).</translation>
    </message>
    <message>
        <source>{member}: not in any client&apos;s folder (not part of the export).</source>
        <translation>{member}: in keinem Kundenordner (nicht Teil des Exports).</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>To keep both, import again as new clients (--as-new).</source>
        <translation>Um beide zu behalten, importieren Sie erneut als neue Kunden (--as-new).</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>Nichts wurde importiert:</translation>
    </message>
    <message>
        <source>{member}: {problem}; nothing was imported.</source>
        <translation>{member}: {problem}; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>{member}: {name} could not be imported ({reason}); nothing was imported.</source>
        <translation>{member}: {name} konnte nicht importiert werden ({reason}); nichts wurde importiert.</translation>
    </message>
</context>
</TS>
