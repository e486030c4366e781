<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Passphrases</name>
    <message>
        <source>Choose a passphrase of at least {count} characters: a few words you will remember are best.</source>
        <translation>Wählen Sie eine Passphrase mit mindestens {count} Zeichen: Am besten einige Wörter, die Sie sich merken können.</translation>
    </message>
    <message>
        <source>Keep the passphrase under {count} characters.</source>
        <translation>Die Passphrase muss kürzer als {count} Zeichen sein.</translation>
    </message>
    <message>
        <source>The passphrase starts or ends with a space, which is easily mistyped.</source>
        <translation>Die Passphrase beginnt oder endet mit einem Leerzeichen, das leicht vergessen wird.</translation>
    </message>
    <message>
        <source>The passphrase holds a control character that cannot be typed back.</source>
        <translation>Die Passphrase enthält ein Steuerzeichen, das sich nicht wieder eintippen lässt.</translation>
    </message>
</context>
<context>
    <name>SignatureMeaning</name>
    <message>
        <source>Signed: the signer performed this session and recorded it as shown.</source>
        <translation>Signiert: Die unterzeichnende Person hat diese Sitzung durchgeführt und wie gezeigt erfasst.</translation>
    </message>
    <message>
        <source>Imported: the signer brought this record in from another system as shown; it was not recorded through this app.</source>
        <translation>Importiert: Die unterzeichnende Person hat diesen Eintrag wie gezeigt aus einem anderen System übernommen; er wurde nicht mit dieser App erfasst.</translation>
    </message>
    <message>
        <source>Amended: the signer corrected this record, for the reason given.</source>
        <translation>Berichtigt: Die unterzeichnende Person hat diesen Eintrag aus dem angegebenen Grund korrigiert.</translation>
    </message>
</context>
</TS>
