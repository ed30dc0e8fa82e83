<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a PDF or text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what the reader shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what the reader shows as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Artois Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare two versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what changed between two versions of a document, axis by axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts as &amp;vCard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the contacts of the document shown for an address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts as &amp;CSV (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the contacts of the document shown as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontents as CSV (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the axes, sections and projects of the document shown as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every note, grouped by document and axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes as CSV (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every note as a table, one row per note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with the &amp;reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selection with its document, version, axis, section and page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotate the selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note on the selected text; it follows the new versions of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find words in the text shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next highlighted word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous highlighted word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cursor in the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;original text (OCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the text as it was read from the file, errors included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the contents and its filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the search panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the contact cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the documents and their versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the previous place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the section before this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the section after this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the overview of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmark this place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this place in the bookmarks, or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to the brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the section, project or search result shown to the meeting brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the brief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder the brief&apos;s items and export it as PDF or ODT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Artois Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The language can be changed once the import is finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookmarksPane</name>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens a bookmark, Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bookmark yet. Press Ctrl+D to keep the place you are reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Select the text to copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard, with its reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer (%1 p.).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>windows, text display, printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading PDF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search tolerant to OCR errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted PDF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French words, for the OCR repair and the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how often French uses each word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline reader and search tool for the CRTE “chapeau commun” of the Pôle Métropolitain de l&apos;Artois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled document: the CRTE “chapeau commun” of the Pôle Métropolitain de l&apos;Artois (a public document of the Pôle Métropolitain de l&apos;Artois), as text read by OCR, errors included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes and intercommunal bodies: INSEE, DGCL, Etalab — Licence Ouverte 2.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonts: the system&apos;s own; no font is shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is ever sent over the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Artois Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare two versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report lists, axis by axis, what was added, removed or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the document (p. %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPane</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact was found in this document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Open a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (%1);;PDF (*.pdf);;Text (*.txt *.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong. Password of “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is protected by a password. Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artois Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New title of “%1” (all its versions):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added on %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of “%2”
File: %3
Identifier: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <source>Documents and versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter shows the version chosen; the buttons below act on the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is empty. Open a PDF or a text file with File › Open… (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this version in the contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search only this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this version, or the whole document with its versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>This document holds no contact to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address book (vCard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fiche</name>
    <message>
        <source>Open a section, a project or a search result to add it to the brief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the brief (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the brief: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FicheDialog</name>
    <message>
        <source>Alt+Up and Alt+Down move an item; Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items of the brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brief is empty. Add a section, a project or a search result with “Add to the brief” (Ctrl+Shift+A, or a right click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;ODT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brief could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting brief — saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FicheWords</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Reading page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairing the text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding axes, sections and projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving into the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing for search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file cannot be read (access denied, or it moved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder; choose a PDF or text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is neither a PDF nor a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this PDF is protected by a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this PDF holds no text layer (a scanned document): it would need text recognition first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file holds binary data, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document takes too long to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library cannot be saved (disk full or read-only folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CRTE of the Pôle Métropolitain de l&apos;Artois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: the library is busy or cannot be written. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: an unexpected error occurred (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>%p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>%1, version %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing needs two versions: open the new version of a document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of these versions is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from version %1 to version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the two versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two versions could not be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another document is already called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be renamed: the library is busy or cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”, version %2 (%3), from the library? Its stored copy is deleted too. Its notes stay in the list of notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and its %2 versions from the library? Their stored copies are deleted too. Their notes stay in the list of notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the import is finished, then delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted from the library: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be deleted: the library is busy or cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size; click for the normal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size; click for the normal size (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of “%1” cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown: “%1”, version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index: opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index: unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index: ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of documents was damaged: its backup copy was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of documents was rebuilt from the stored documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index was rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents, documents and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search, contacts and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · version %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: “%1”, version %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the library: “%1”, version %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application on this computer opens “%1”: it was copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is not opened: only web, e-mail and phone links are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotated passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note (leave empty for a plain highlight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteWords</name>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left to review</source>
        <translation>
            <numerusform>%n left to review</numerusform>
            <numerusform>%n left to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes (%n to review)</source>
        <translation>
            <numerusform>Notes (%n to review)</numerusform>
            <numerusform>Notes (%n to review)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Open a passage of a document to annotate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes go on the corrected text: turn “OCR text” off, then select the words again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the words to annotate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select words of a paragraph of the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved. It is listed in the Notes tab (Ctrl+7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note could not be saved: the notes file cannot be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note stayed on version %1: the newer version has no sure place for it. Select where it belongs in the newer version, then “Re-attach here”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the note “%1”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a version of “%1” to re-attach this note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note re-attached to version %1, page %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no note to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Highlight without a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review: the newer version of the document has no sure place for it. It stays on version %1; open it, then re-attach it where it belongs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TO REVIEW — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, v%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Filter the notes by document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the notes by axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in the note or the quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the notes by words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the notes to &amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens a note; Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;attach here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the note to review on the text selected in the reader (or the passage shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes listed, as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes listed, as CSV (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
        </translation>
    </message>
    <message>
        <source>No note yet. Select some text in the reader, then choose “Annotate” (right click, or Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <source>Axis %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No heading in the text: its first words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“What is it?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlinePane</name>
    <message>
        <source>Filter the contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrows the tree to the titles holding these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axes, sections, projects, contacts and more; Enter opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to the brief</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>Reader tools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the selected part of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight without a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <source>“%1”, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <source>p. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This place no longer exists in this version of the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the document overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“What is it?” boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Artois Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRTE of the Pôle Métropolitain de l&apos;Artois is being prepared. This happens once; the progress is shown at the bottom of the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is empty. Open a PDF or a text file with File › Open… (Ctrl+O), or drop it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this kind was found in this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“What is it?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent search: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search the documents (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results appear as you type; press Down to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type one or more words: accents and capitals do not matter. Enter opens the first result, Down arrow reaches the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search could not be run. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>(the best %1 are shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not named in the documents. Here is what they say about %2, which it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to the brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
