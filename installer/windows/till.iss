; Inno Setup script for the Till point of sale (Windows).
; Build the bundle on Windows first:  uv run --group build python installer\build.py
; then compile this script with Inno Setup 6 (iscc installer\windows\till.iss).
; Installs per machine; Start-menu entry; optional autostart for every user;
; uninstall keeps the till's data (unsynced sales!) unless the user asks otherwise.

#define AppName "Till"
#define AppVersion "0.1.0"
#define AppExe "pos-client.exe"

[Setup]
AppId={{6F1C2E0B-7A4D-4C8E-9B2F-3D5A1E7C9B10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Till
DefaultDirName={autopf}\Till
DefaultGroupName=Till
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=till-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
CloseApplications=yes

[Languages]
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "autostart"; Description: "Start the till when Windows starts"; GroupDescription: "Start:"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\till\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Till"; Filename: "{app}\{#AppExe}"
Name: "{group}\Till support bundle"; Filename: "{app}\{#AppExe}"; Parameters: "support-bundle"
Name: "{commonstartup}\Till"; Filename: "{app}\{#AppExe}"; Tasks: autostart
Name: "{commondesktop}\Till"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,Till}"; Flags: nowait postinstall skipifsilent

[Code]
// The data dir (platformdirs: %LOCALAPPDATA%\till) holds the local database with
// sales HQ may not have yet. Uninstall keeps it unless the user says otherwise.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\till');
    if DirExists(DataDir) and not UninstallSilent() then
      if MsgBox('Also delete the till''s data in ' + DataDir + '?' + #13#10 +
                'Sales that have not reached HQ yet would be lost.',
                mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
