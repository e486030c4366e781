<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare photos</source>
        <translation>Fotos vergleichen</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Überlagert</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Earlier photo</source>
        <translation>Früheres Foto</translation>
    </message>
    <message>
        <source>Later photo</source>
        <translation>Späteres Foto</translation>
    </message>
    <message>
        <source>Earlier and later photo, blended</source>
        <translation>Früheres und späteres Foto, überblendet</translation>
    </message>
    <message>
        <source>Blend between the earlier and the later photo</source>
        <translation>Zwischen früherem und späterem Foto überblenden</translation>
    </message>
    <message>
        <source>Earlier:</source>
        <translation>Früher:</translation>
    </message>
    <message>
        <source>Later:</source>
        <translation>Später:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Base:&lt;/b&gt; {base} &amp;nbsp;&amp;nbsp; &lt;b&gt;Over it:&lt;/b&gt; {over}</source>
        <translation>&lt;b&gt;Grundlage:&lt;/b&gt; {base} &amp;nbsp;&amp;nbsp; &lt;b&gt;Darüber:&lt;/b&gt; {over}</translation>
    </message>
    <message>
        <source>Opacity of the later photo</source>
        <translation>Deckkraft des späteren Fotos</translation>
    </message>
    <message>
        <source>Split position</source>
        <translation>Teilungsposition</translation>
    </message>
</context>
<context>
    <name>PhotoFiles</name>
    <message>
        <source>Photo file missing — run logger-app check</source>
        <translation>Fotodatei fehlt – führen Sie „logger-app check“ aus</translation>
    </message>
    <message>
        <source>Photo file altered on disk — it no longer matches what was saved</source>
        <translation>Fotodatei auf dem Datenträger verändert – sie entspricht nicht mehr dem Gespeicherten</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Taken {when}</source>
        <translation>Aufgenommen {when}</translation>
    </message>
    <message>
        <source>Session of {started}</source>
        <translation>Sitzung vom {started}</translation>
    </message>
</context>
<context>
    <name>PhotoGallery</name>
    <message>
        <source>Photos of this client</source>
        <translation>Fotos dieses Kunden</translation>
    </message>
    <message>
        <source>All angles</source>
        <translation>Alle Blickwinkel</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle Areale</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Fotos hinzufügen…</translation>
    </message>
    <message>
        <source>Attach photos to a session (or drop files here)</source>
        <translation>Fotos einer Sitzung zuordnen (oder Dateien hierher ziehen)</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Two photos side by side or overlaid (default: the same angle, first and latest)</source>
        <translation>Zwei Fotos nebeneinander oder überlagert (Vorgabe: derselbe Blickwinkel, erstes und neuestes)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Blickwinkel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Areal</translation>
    </message>
    <message>
        <source>Show photos of: {which}</source>
        <translation>Fotos anzeigen: {which}</translation>
    </message>
    <message>
        <source>No session yet: photos are attached to a session.</source>
        <translation>Noch keine Sitzung: Fotos werden einer Sitzung zugeordnet.</translation>
    </message>
    <message>
        <source>No photos yet. Add photos, or drop image files here.</source>
        <translation>Noch keine Fotos. Fügen Sie Fotos hinzu oder ziehen Sie Bilddateien hierher.</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 Foto</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>{count} Fotos</translation>
    </message>
    <message>
        <source>; {count} of them in more than one session</source>
        <translation>; davon {count} in mehr als einer Sitzung</translation>
    </message>
    <message>
        <source>{shown} of {total} photos match the filters</source>
        <translation>{shown} von {total} Fotos entsprechen den Filtern</translation>
    </message>
    <message>
        <source>{angle}, {kind} — {day}</source>
        <translation>{angle}, {kind} – {day}</translation>
    </message>
    <message>
        <source>Photos of a signed session</source>
        <translation>Fotos einer signierten Sitzung</translation>
    </message>
    <message>
        <source>{count} of the selected photos belong to a signed session: they are part of the clinical record and cannot be deleted.</source>
        <translation>{count} der ausgewählten Fotos gehören zu einer signierten Sitzung: Sie sind Teil der klinischen Dokumentation und können nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Delete this photo from the logbook? This cannot be undone.</source>
        <translation>Dieses Foto aus dem Logbuch löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete these {count} photos from the logbook? This cannot be undone.</source>
        <translation>Diese {count} Fotos aus dem Logbuch löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete photos?</source>
        <translation>Fotos löschen?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>PhotoGalleryModel</name>
    <message>
        <source> · 1 photo added after signing</source>
        <translation> · 1 Foto nach dem Signieren hinzugefügt</translation>
    </message>
    <message>
        <source> · {count} photos added after signing</source>
        <translation> · {count} Fotos nach dem Signieren hinzugefügt</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>PhotoImportDialog</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Blickwinkel</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Areal</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Photos ({patterns});;All files (*)</source>
        <translation>Fotos ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Fotos hinzufügen</translation>
    </message>
    <message>
        <source>Apply to all photos</source>
        <translation>Auf alle Fotos anwenden</translation>
    </message>
    <message>
        <source>For the whole batch</source>
        <translation>Für den ganzen Stapel</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Framing: the previous photo of this angle, half transparent</source>
        <translation>Bildausschnitt: das vorige Foto dieses Blickwinkels, halb transparent</translation>
    </message>
    <message>
        <source>Previous photo&apos;s opacity</source>
        <translation>Deckkraft des vorigen Fotos</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Dateien wählen…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation>Fotos wählen</translation>
    </message>
    <message>
        <source>No earlier {angle} photo of this client.</source>
        <translation>Kein früheres Foto „{angle}“ dieses Kunden.</translation>
    </message>
    <message>
        <source>Over it: the {angle} photo of {when}.</source>
        <translation>Darüber: das Foto „{angle}“ vom {when}.</translation>
    </message>
    <message>
        <source>Will be refused: {reason}</source>
        <translation>Wird abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>Importing 1 photo…</source>
        <translation>1 Foto wird importiert…</translation>
    </message>
    <message>
        <source>Importing {count} photos…</source>
        <translation>{count} Fotos werden importiert…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Imported {done} of {total}…</source>
        <translation>{done} von {total} importiert…</translation>
    </message>
    <message>
        <source>Not imported (stopped)</source>
        <translation>Nicht importiert (angehalten)</translation>
    </message>
    <message>
        <source>{imported} imported, {duplicates} already there, {refused} refused.</source>
        <translation>{imported} importiert, {duplicates} bereits vorhanden, {refused} abgelehnt.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Stopping after the current photo…</source>
        <translation>Wird nach dem aktuellen Foto angehalten…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Already in this session</source>
        <translation>Bereits in dieser Sitzung</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Abgelehnt: {reason}</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>About this photo</source>
        <translation>Über dieses Foto</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation>Voriges Foto</translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation>Nächstes Foto</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} von {count}</translation>
    </message>
    <message>
        <source>This photo cannot be shown: {problem}</source>
        <translation>Dieses Foto kann nicht angezeigt werden: {problem}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>ThumbnailLoader</name>
    <message>
        <source>the picture cannot be read</source>
        <translation>das Bild kann nicht gelesen werden</translation>
    </message>
</context>
</TS>
