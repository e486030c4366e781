<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>DataFolder</name>
    <message>
        <source>Check the folder given with --data-dir (or $LOGGER_APP_DATA_DIR), or start a new logbook with `logger-app demo` or by opening the window.</source>
        <translation>Prüfen Sie den mit --data-dir (oder $LOGGER_APP_DATA_DIR) angegebenen Ordner, oder beginnen Sie ein neues Logbuch mit `logger-app demo` oder durch Öffnen des Fensters.</translation>
    </message>
    <message>
        <source>To get the logbook back, restore the newest backup: `logger-app restore {backup}` (or Logbook → Restore from backup…).</source>
        <translation>Um das Logbuch zurückzubekommen, stellen Sie die neueste Sicherung wieder her: `logger-app restore {backup}` (oder Logbuch → Aus Sicherung wiederherstellen…).</translation>
    </message>
    <message>
        <source>Put {file} back from where it went, or restore a backup (`logger-app restore FILE.zip`).</source>
        <translation>Legen Sie {file} von dort zurück, wohin die Datei gelangt ist, oder stellen Sie eine Sicherung wieder her (`logger-app restore FILE.zip`).</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> und {count} weitere</translation>
    </message>
    <message>
        <source>There is no logbook in {folder}: the folder does not exist. {hint}</source>
        <translation>In {folder} gibt es kein Logbuch: Der Ordner existiert nicht. {hint}</translation>
    </message>
    <message>
        <source>There is no logbook in {folder}: it holds {traces} of a logbook but no {file}. {advice}</source>
        <translation>In {folder} gibt es kein Logbuch: Der Ordner enthält {traces} eines Logbuchs, aber keine {file}. {advice}</translation>
    </message>
    <message>
        <source>There is no logbook in {folder}. {hint}</source>
        <translation>In {folder} gibt es kein Logbuch. {hint}</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be read: {reason}.</source>
        <translation>Der Datenordner {folder} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>The data folder {folder} holds {traces} of a logbook but no {file}: a new, empty logbook is not made over them. {advice}</source>
        <translation>Der Datenordner {folder} enthält {traces} eines Logbuchs, aber keine {file}: Darüber wird kein neues, leeres Logbuch angelegt. {advice}</translation>
    </message>
    <message>
        <source>The folder {folder} holds no logbook but other files ({names}): a new logbook is only made in a new or empty folder. Choose another folder with --data-dir.</source>
        <translation>Der Ordner {folder} enthält kein Logbuch, aber andere Dateien ({names}): Ein neues Logbuch wird nur in einem neuen oder leeren Ordner angelegt. Wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be created: {reason}.</source>
        <translation>Der Datenordner {folder} kann nicht angelegt werden: {reason}.</translation>
    </message>
    <message>
        <source>The logbook file {file} is read-only (its permissions): it can be read and exported, not changed.</source>
        <translation>Die Logbuchdatei {file} ist schreibgeschützt (ihre Berechtigungen): Sie kann gelesen und exportiert, aber nicht geändert werden.</translation>
    </message>
    <message>
        <source>The data folder {folder} is not writable for you ({reason}): the logbook can be read and exported, not changed. Fix the folder&apos;s permissions to work in it.</source>
        <translation>Der Datenordner {folder} ist für Sie nicht beschreibbar ({reason}): Das Logbuch kann gelesen und exportiert, aber nicht geändert werden. Korrigieren Sie die Berechtigungen des Ordners, um darin zu arbeiten.</translation>
    </message>
    <message>
        <source>The data folder {folder} is not writable: {reason}.</source>
        <translation>Der Datenordner {folder} ist nicht beschreibbar: {reason}.</translation>
    </message>
    <message>
        <source>{path} cannot be created: {reason}.</source>
        <translation>{path} kann nicht angelegt werden: {reason}.</translation>
    </message>
    <message>
        <source>The data folder {folder} is not a folder.</source>
        <translation>Der Datenordner {folder} ist kein Ordner.</translation>
    </message>
</context>
<context>
    <name>LogbookDatabase</name>
    <message>
        <source>The data folder {folder} is not writable: {reason}. Choose another folder with --data-dir, or fix its permissions.</source>
        <translation>Der Datenordner {folder} ist nicht beschreibbar: {reason}. Wählen Sie mit --data-dir einen anderen Ordner oder korrigieren Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a logbook database (it is not a SQLite file). It was left untouched; move it away or choose another data folder.</source>
        <translation>{path} ist keine Logbuch-Datenbank (keine SQLite-Datei). Sie wurde nicht verändert; verschieben Sie sie oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>{path} does not open with this key: the key file beside it belongs to another logbook, or the database was replaced.</source>
        <translation>{path} lässt sich mit diesem Schlüssel nicht öffnen: Die Schlüsseldatei daneben gehört zu einem anderen Logbuch, oder die Datenbank wurde ersetzt.</translation>
    </message>
    <message>
        <source>{path} cannot be opened as a database: {error}.</source>
        <translation>{path} kann nicht als Datenbank geöffnet werden: {error}.</translation>
    </message>
    <message>
        <source>{path} is a SQLite database of another program, not a logbook. It was left untouched.</source>
        <translation>{path} ist eine SQLite-Datenbank eines anderen Programms, kein Logbuch. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of this app (schema steps unknown here: {steps}). It was left untouched: update the app to open it.</source>
        <translation>{path} wurde von einer neueren Version dieser App geschrieben (hier unbekannte Schemaschritte: {steps}). Die Datei wurde nicht verändert: Aktualisieren Sie die App, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full: the logbook needs an upgrade to open in this version, and a copy of it is kept first. Free some space (at least {size} MB) and open it again.</source>
        <translation>Der Datenträger mit {folder} ist voll: Das Logbuch muss für diese Version aktualisiert werden, und zuvor wird eine Kopie davon aufbewahrt. Geben Sie Speicherplatz frei (mindestens {size} MB) und öffnen Sie es erneut.</translation>
    </message>
    <message>
        <source>The copy of the logbook kept before its upgrade cannot be written in {folder}: {error}.</source>
        <translation>Die vor der Aktualisierung aufbewahrte Kopie des Logbuchs kann in {folder} nicht geschrieben werden: {error}.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {error}.</source>
        <translation>{path} kann nicht geschrieben werden: {error}.</translation>
    </message>
    <message>
        <source>{problem} Its latest changes are still in {file}-wal, which can only be read with room to write beside it: copy the whole folder to a writable disk (or free some space) and open it there.</source>
        <translation>{problem} Die letzten Änderungen stehen noch in {file}-wal, das nur mit Platz zum Schreiben daneben gelesen werden kann: Kopieren Sie den ganzen Ordner auf einen beschreibbaren Datenträger (oder geben Sie Speicherplatz frei) und öffnen Sie ihn dort.</translation>
    </message>
    <message>
        <source>{problem} This version of the app must first upgrade the logbook, which cannot be done there: copy the folder to a writable disk (or free some space) and open it again.</source>
        <translation>{problem} Diese Version der App muss das Logbuch zuerst aktualisieren, was dort nicht möglich ist: Kopieren Sie den Ordner auf einen beschreibbaren Datenträger (oder geben Sie Speicherplatz frei) und öffnen Sie es erneut.</translation>
    </message>
    <message>
        <source>{path} cannot be read: it is a folder, not a database file.</source>
        <translation>{path} kann nicht gelesen werden: Es ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>The logbook in {folder} is encrypted: sign in with your passphrase, or use the recovery sheet, to open it.</source>
        <translation>Das Logbuch in {folder} ist verschlüsselt: Melden Sie sich mit Ihrer Passphrase an oder verwenden Sie das Wiederherstellungsblatt, um es zu öffnen.</translation>
    </message>
    <message>
        <source>{path} is not a readable SQLite database: {error}.</source>
        <translation>{path} ist keine lesbare SQLite-Datenbank: {error}.</translation>
    </message>
</context>
</TS>
