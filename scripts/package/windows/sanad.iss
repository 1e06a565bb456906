; Inno Setup script for Sanad: a per-user install (no administrator rights), a Start-menu entry,
; an optional desktop icon, "Open with" for .txt/.html/.docx, and an uninstaller.
;
; Build dist\Sanad first (uv run pyinstaller --noconfirm --clean build.spec), then:
;   ISCC.exe /DAppVersion=0.1.0 scripts\package\windows\sanad.iss
; scripts\package\windows\build.ps1 does both and passes the version read from the package.
; Output: dist\Sanad-<version>-windows-setup.exe

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z sanad.iss
#endif
#define Root "..\..\.."

[Setup]
AppId={{8E3A2C1B-5F0D-4B7E-9A61-3C2D7F4E5A90}
AppName=Sanad
AppVersion={#AppVersion}
AppVerName=Sanad {#AppVersion}
AppPublisher=Sanad
AppComments=Offline reading assistant for Arabic news
; per-user: installs into %LOCALAPPDATA%\Programs\Sanad, never asks for elevation
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\Sanad
DefaultGroupName=Sanad
DisableProgramGroupPage=yes
UninstallDisplayName=Sanad
UninstallDisplayIcon={app}\Sanad.exe
SetupIconFile={#Root}\resources\icons\sanad.ico
OutputDir={#Root}\dist
OutputBaseFilename=Sanad-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\Sanad\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Sanad"; Filename: "{app}\Sanad.exe"; Comment: "Offline reading assistant for Arabic news"
Name: "{autodesktop}\Sanad"; Filename: "{app}\Sanad.exe"; Tasks: desktopicon

[Registry]
; "Open with > Sanad" for the article formats (per-user classes root under lowest privileges)
Root: HKA; Subkey: "Software\Classes\Applications\Sanad.exe\shell\open\command"; ValueType: string; ValueData: """{app}\Sanad.exe"" ""%1"""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\Sanad.exe\SupportedTypes"; ValueType: string; ValueName: ".txt"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\Sanad.exe\SupportedTypes"; ValueType: string; ValueName: ".html"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\Sanad.exe\SupportedTypes"; ValueType: string; ValueName: ".htm"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\Sanad.exe\SupportedTypes"; ValueType: string; ValueName: ".docx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.txt\OpenWithList\Sanad.exe"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\.html\OpenWithList\Sanad.exe"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\.htm\OpenWithList\Sanad.exe"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\.docx\OpenWithList\Sanad.exe"; Flags: uninsdeletekey

[Run]
Filename: "{app}\Sanad.exe"; Description: "{cm:LaunchProgram,Sanad}"; Flags: nowait postinstall skipifsilent

; The library (%LOCALAPPDATA%\Sanad\library.sqlite) is the user's data: the uninstaller keeps it.
