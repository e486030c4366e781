; Inno Setup recipe for the Windows installer of the Microneedling Logbook.
; Untested here: built on Windows, after the app folder (see README.md):
;   pyinstaller --noconfirm resources\packaging\logger-app.spec
;   iscc resources\packaging\windows\logger-app.iss
; writes dist\logger-app-setup.exe. The installer asks for no administrator rights: it
; installs for the signed-in Windows user (or for everyone, when run as administrator).
; The logbook's data is not in the program folder, so uninstalling keeps it.

#define AppName "Microneedling Logbook"
#define AppVersion "0.1.0"
#define AppExe "logger-app.exe"
#define Root "..\..\..\"

[Setup]
AppId={{6E0B6C7A-4B1D-4C1E-9E52-3A4F0D6B2C19}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}dist
OutputBaseFilename=logger-app-setup
SetupIconFile={#Root}resources\icons\logger-app.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}dist\logger-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#Root}resources\icons\logger-app.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\logger-app.ico"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\logger-app.ico"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
