; Artois Reader — Windows installer (Inno Setup 6.3 or later).
;
; Build it on Windows, from the repository root, after the frozen build:
;     python tools\build_and_verify.py            (or: pyinstaller --noconfirm build_app.spec)
;     iscc installer\artois_reader.iss            -> installer\Output\ArtoisReader-<version>-setup.exe
;
; The version is the package's: build_app.spec writes it into ArtoisReader.exe's version resource
; (artois_reader.__version__), and this script reads it back from there. Pass /DAppVersion=x.y.z
; to iscc to override it.
;
; Install:   per user by default, no administrator rights (%LOCALAPPDATA%\Programs\Artois Reader);
;            /ALLUSERS for a machine-wide install (Program Files, needs rights), /CURRENTUSER to force
;            the default; silent with /VERYSILENT /SUPPRESSMSGBOXES /NORESTART (or /SILENT).
; Uninstall: unins000.exe, silent with the same switches. The user's library
;            (%LOCALAPPDATA%\ArtoisReader: documents, index, notes, settings, logs) is kept, unless
;            the user ticks "delete" when asked (interactive uninstall) or /PURGEDATA is given.

#define AppName "Artois Reader"
#define AppExeName "ArtoisReader.exe"
#define BundleDir "..\dist\ArtoisReader"
#define AppExe AddBackslash(SourcePath) + BundleDir + "\" + AppExeName
#ifndef AppVersion
  #define AppVersion Str(GetStringFileInfo(AppExe, "ProductVersion"))
#endif
#if AppVersion == ""
  #error Cannot read the version from dist\ArtoisReader\ArtoisReader.exe: build the app first (build_app.spec)
#endif
; The numeric form ("0.1.0.0") the installer's own version resource needs.
#define AppVersionNumbers Str(GetVersionNumbersString(AppExe))

[Setup]
; AppId identifies the product across versions: never change it, or upgrades install side by side.
AppId={{E3B915EE-074E-453E-ABF0-ACF18332A42A}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Artois Reader team
AppCopyright=Artois Reader team, EUPL-1.2
VersionInfoVersion={#AppVersionNumbers}
; Per-user install by default; "commandline" allows /ALLUSERS and /CURRENTUSER, "dialog" lets a user
; with rights choose in the wizard. {autopf} is %LOCALAPPDATA%\Programs per user, Program Files for all.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
UsePreviousPrivileges=yes
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
; The bundle is a 64-bit Python and Qt: install on x64 Windows (and Windows 11 on Arm, which runs x64).
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
SetupIconFile=..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
OutputDir=Output
OutputBaseFilename=ArtoisReader-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
; A running Artois Reader holds its DLLs open: close it (Restart Manager) rather than ask for a reboot.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.DesktopIcon=Créer une icône sur le Bureau
english.DesktopIcon=Create a desktop shortcut
french.LaunchApp=Lancer Artois Reader
english.LaunchApp=Launch Artois Reader
french.PurgeQuestion=Supprimer aussi votre bibliothèque Artois Reader (documents importés, index de recherche, notes, signets et réglages) ?
english.PurgeQuestion=Also delete your Artois Reader library (imported documents, search index, notes, bookmarks and settings)?
french.PurgeKeep=Choisissez « Non » pour la garder : une nouvelle installation la retrouvera.
english.PurgeKeep=Choose "No" to keep it: a new installation will find it again.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: ArtoisReader.exe and _internal\ (Python, Qt, resources\).
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle whole: files a previous version shipped and this one does not would
; otherwise linger in _internal\ (Python resolves modules there).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

[Code]
const
  DataFolderName = 'ArtoisReader';  { platformdirs.user_data_dir("ArtoisReader", appauthor=False) }

function UserDataDir: String;
begin
  Result := ExpandConstant('{localappdata}\' + DataFolderName);
end;

{ True when the uninstaller's command line holds /PURGEDATA (any case). The uninstaller runs again
  from a copy in %TEMP% with its arguments passed on; the raw command tail is checked as well. }
function PurgeDataRequested: Boolean;
var
  I: Integer;
begin
  Result := Pos('/PURGEDATA', Uppercase(GetCmdTail)) > 0;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/PURGEDATA') = 0 then
      Result := True;
end;

{ Silent uninstalls never ask: they keep the data unless /PURGEDATA was given. An interactive
  uninstall asks, "No" (keep) being the default answer. }
function ShouldPurgeData: Boolean;
begin
  if PurgeDataRequested then
    Result := True
  else if UninstallSilent then
    Result := False
  else
    Result := SuppressibleMsgBox(CustomMessage('PurgeQuestion') + #13#10#13#10 + UserDataDir + #13#10#13#10 +
      CustomMessage('PurgeKeep'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(UserDataDir) and ShouldPurgeData then
  begin
    if DelTree(UserDataDir, True, True, True) then
      Log('Deleted the user data folder ' + UserDataDir)
    else
      Log('Could not delete the user data folder ' + UserDataDir);
  end;
end;
