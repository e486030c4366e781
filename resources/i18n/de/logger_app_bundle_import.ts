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
        <source>{name} (client {id}): {sessions}, {photos}, {others}</source>
        <translation>{name} (Kunde {id}): {sessions}, {photos}, {others}</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>other treatment</source>
        <translation>andere Behandlung</translation>
    </message>
    <message>
        <source>other treatments</source>
        <translation>andere Behandlungen</translation>
    </message>
    <message>
        <source>signed session</source>
        <translation>signierte Sitzung</translation>
    </message>
    <message>
        <source>signed sessions</source>
        <translation>signierte Sitzungen</translation>
    </message>
    <message>
        <source>; {verified} of {signed} verified against the signer&apos;s key in the bundle ({known} with a key this logbook knows)</source>
        <translation>; {verified} von {signed} mit dem Schlüssel des Unterzeichners im Paket geprüft ({known} mit einem Schlüssel, den dieses Logbuch kennt)</translation>
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
        <source>Imported {clients}:</source>
        <translation>{clients} importiert:</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>{member}: {problem}; nothing was imported.</source>
        <translation>{member}: {problem}; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>{name}: session {id} carries no signature (signed before signatures existed there): sealed here at import.</source>
        <translation>{name}: Sitzung {id} trägt keine Signatur (signiert, bevor es dort Signaturen gab): hier beim Import versiegelt.</translation>
    </message>
    <message>
        <source>not the file recorded</source>
        <translation>nicht die verzeichnete Datei</translation>
    </message>
    <message>
        <source>not in the bundle</source>
        <translation>nicht im Paket</translation>
    </message>
    <message>
        <source>{member}: {why} (see the bundle&apos;s PROBLEMS.txt); the photo of session {id} was left out.</source>
        <translation>{member}: {why} (siehe PROBLEMS.txt des Pakets); das Foto der Sitzung {id} wurde weggelassen.</translation>
    </message>
    <message>
        <source>{member}: {name} could not be imported ({reason}); nothing was imported.</source>
        <translation>{member}: {name} konnte nicht importiert werden ({reason}); nichts wurde importiert.</translation>
    </message>
</context>
</TS>
