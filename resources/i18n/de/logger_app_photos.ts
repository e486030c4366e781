<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>PhotoFiles</name>
    <message>
        <source>The photo file {file} is missing from the data folder (run `logger-app check`).</source>
        <translation>Die Fotodatei {file} fehlt im Datenordner (führen Sie `logger-app check` aus).</translation>
    </message>
    <message>
        <source>{what} is missing from the data folder (run `logger-app check`).</source>
        <translation>{what} fehlt im Datenordner (führen Sie `logger-app check` aus).</translation>
    </message>
    <message>
        <source>The photo file {file} is missing or damaged on the clinic server (run `logger-app check`).</source>
        <translation>Die Fotodatei {file} fehlt auf dem Praxisserver oder ist beschädigt (führen Sie `logger-app check` aus).</translation>
    </message>
    <message>
        <source>The photo file {file} cannot be read ({error}); run `logger-app check`.</source>
        <translation>Die Fotodatei {file} kann nicht gelesen werden ({error}); führen Sie `logger-app check` aus.</translation>
    </message>
</context>
<context>
    <name>PhotoReasons</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>the file does not exist (moved or deleted?)</source>
        <translation>die Datei existiert nicht (verschoben oder gelöscht?)</translation>
    </message>
    <message>
        <source>the file is larger than {size} MB: not a photo</source>
        <translation>die Datei ist größer als {size} MB: kein Foto</translation>
    </message>
    <message>
        <source>the file cannot be read: {error}</source>
        <translation>die Datei kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>die Datei ist leer (0 Byte)</translation>
    </message>
    <message>
        <source>the file is incomplete: its JPEG data stops before the end</source>
        <translation>die Datei ist unvollständig: ihre JPEG-Daten brechen vor dem Ende ab</translation>
    </message>
    <message>
        <source>the picture is {width}×{height} pixels: too long to store</source>
        <translation>das Bild hat {width}×{height} Pixel: zu lang zum Speichern</translation>
    </message>
    <message>
        <source>the picture cannot be shown: {problem}</source>
        <translation>das Bild kann nicht angezeigt werden: {problem}</translation>
    </message>
    <message>
        <source>the picture is too large: {reason}</source>
        <translation>das Bild ist zu groß: {reason}</translation>
    </message>
    <message>
        <source>PDF files are not accepted: save the photo as {formats}</source>
        <translation>PDF-Dateien werden nicht angenommen: Speichern Sie das Foto als {formats}</translation>
    </message>
    <message>
        <source>{format} images are not accepted: save the photo as {formats}</source>
        <translation>{format}-Bilder werden nicht angenommen: Speichern Sie das Foto als {formats}</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} Byte</translation>
    </message>
    <message>
        <source>the file is cut short ({amount}): not a complete {format}</source>
        <translation>die Datei ist abgeschnitten ({amount}): kein vollständiges {format}</translation>
    </message>
    <message>
        <source>the file is cut short ({amount}): not a complete photo</source>
        <translation>die Datei ist abgeschnitten ({amount}): kein vollständiges Foto</translation>
    </message>
    <message>
        <source>the {format} data is damaged or cut short</source>
        <translation>die {format}-Daten sind beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <source>it is a video, not a photo</source>
        <translation>es ist ein Video, kein Foto</translation>
    </message>
    <message>
        <source>the HEIC/HEIF data is damaged or not a picture</source>
        <translation>die HEIC/HEIF-Daten sind beschädigt oder kein Bild</translation>
    </message>
    <message>
        <source>it is a web page or XML text, not a photo</source>
        <translation>es ist eine Webseite oder XML-Text, kein Foto</translation>
    </message>
    <message>
        <source>it is a text file, not a photo</source>
        <translation>es ist eine Textdatei, kein Foto</translation>
    </message>
    <message>
        <source>it is not a photo in a format the logbook reads ({formats})</source>
        <translation>es ist kein Foto in einem Format, das das Logbuch liest ({formats})</translation>
    </message>
    <message>
        <source>the picture is too large to open on this computer</source>
        <translation>das Bild ist zu groß, um es auf diesem Computer zu öffnen</translation>
    </message>
    <message>
        <source>the file carries an oversized text block and was refused</source>
        <translation>die Datei enthält einen übergroßen Textblock und wurde abgelehnt</translation>
    </message>
    <message>
        <source>the {format} file cannot be read: it is damaged or of a kind the logbook does not read</source>
        <translation>die {format}-Datei kann nicht gelesen werden: Sie ist beschädigt oder von einer Art, die das Logbuch nicht liest</translation>
    </message>
</context>
</TS>
