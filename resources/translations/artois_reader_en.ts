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
        <source>OCR text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy + reference</source>
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
        <source>Fonts: the system&apos;s own; no font is shipped. The PDF samples used in tests are not shipped.</source>
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
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See in the document (p. %1)</source>
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
        <source>Contents and bookmarks</source>
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
        <source>Search and contacts</source>
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
        <source>This link is not opened: only web, e-mail and phone links are.</source>
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
