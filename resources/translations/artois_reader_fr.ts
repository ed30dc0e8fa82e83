<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a PDF or text file</source>
        <translation>Ouvrir un fichier PDF ou texte</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print what the reader shows</source>
        <translation>Imprimer ce que le lecteur affiche</translation>
    </message>
    <message>
        <source>&amp;Export to PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>Save what the reader shows as a PDF</source>
        <translation>Enregistrer en PDF ce que le lecteur affiche</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close Artois Reader</source>
        <translation>Fermer Artois Reader</translation>
    </message>
    <message>
        <source>Co&amp;mpare two versions…</source>
        <translation>Co&amp;mparer deux versions…</translation>
    </message>
    <message>
        <source>Show what changed between two versions of a document, axis by axis</source>
        <translation>Montrer ce qui a changé entre deux versions d&apos;un document, axe par axe</translation>
    </message>
    <message>
        <source>Contacts as &amp;vCard…</source>
        <translation>&amp;Contacts en vCard…</translation>
    </message>
    <message>
        <source>Save the contacts of the document shown for an address book</source>
        <translation>Enregistrer les contacts du document affiché pour un carnet d&apos;adresses</translation>
    </message>
    <message>
        <source>Contacts as &amp;CSV (Excel)…</source>
        <translation>Contacts en C&amp;SV (Excel)…</translation>
    </message>
    <message>
        <source>Save the contacts of the document shown as a table</source>
        <translation>Enregistrer les contacts du document affiché sous forme de tableau</translation>
    </message>
    <message>
        <source>C&amp;ontents as CSV (Excel)…</source>
        <translation>S&amp;ommaire en CSV (Excel)…</translation>
    </message>
    <message>
        <source>Save the axes, sections and projects of the document shown as a table</source>
        <translation>Enregistrer les axes, sections et projets du document affiché sous forme de tableau</translation>
    </message>
    <message>
        <source>Notes as &amp;Markdown…</source>
        <translation>&amp;Notes en Markdown…</translation>
    </message>
    <message>
        <source>Save every note, grouped by document and axis</source>
        <translation>Enregistrer toutes les notes, regroupées par document et par axe</translation>
    </message>
    <message>
        <source>&amp;Notes as CSV (Excel)…</source>
        <translation>Notes en CS&amp;V (Excel)…</translation>
    </message>
    <message>
        <source>Save every note as a table, one row per note</source>
        <translation>Enregistrer toutes les notes sous forme de tableau, une ligne par note</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>Copier le texte sélectionné</translation>
    </message>
    <message>
        <source>Copy with the &amp;reference</source>
        <translation>Copier avec la &amp;référence</translation>
    </message>
    <message>
        <source>Copy the selection with its document, version, axis, section and page</source>
        <translation>Copier la sélection avec son document, sa version, son axe, sa section et sa page</translation>
    </message>
    <message>
        <source>&amp;Annotate the selection…</source>
        <translation>&amp;Annoter la sélection…</translation>
    </message>
    <message>
        <source>Write a note on the selected text; it follows the new versions of the document</source>
        <translation>Écrire une note sur le texte sélectionné&#xa0;; elle suit les nouvelles versions du document</translation>
    </message>
    <message>
        <source>&amp;Find in page…</source>
        <translation>Rec&amp;hercher dans la page…</translation>
    </message>
    <message>
        <source>Find words in the text shown</source>
        <translation>Chercher des mots dans le texte affiché</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Go to the next highlighted word</source>
        <translation>Aller au mot surligné suivant</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>Go to the previous highlighted word</source>
        <translation>Aller au mot surligné précédent</translation>
    </message>
    <message>
        <source>&amp;Search the documents</source>
        <translation>Rechercher dans les &amp;documents</translation>
    </message>
    <message>
        <source>Put the cursor in the search box</source>
        <translation>Placer le curseur dans la zone de recherche</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>Texte à sa taille normale</translation>
    </message>
    <message>
        <source>Show the &amp;original text (OCR)</source>
        <translation>Afficher le texte &amp;original (OCR)</translation>
    </message>
    <message>
        <source>Show the text as it was read from the file, errors included</source>
        <translation>Afficher le texte tel qu&apos;il a été lu dans le fichier, erreurs comprises</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <source>Go to the contents and its filter</source>
        <translation>Aller au sommaire et à son filtre</translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation>&amp;Lecteur</translation>
    </message>
    <message>
        <source>Go to the text</source>
        <translation>Aller au texte</translation>
    </message>
    <message>
        <source>Search &amp;results</source>
        <translation>Résultats de re&amp;cherche</translation>
    </message>
    <message>
        <source>Go to the search panel</source>
        <translation>Aller au panneau de recherche</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>Con&amp;tacts</translation>
    </message>
    <message>
        <source>Go to the contact cards</source>
        <translation>Aller aux fiches contacts</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>Si&amp;gnets</translation>
    </message>
    <message>
        <source>Go to the bookmarks</source>
        <translation>Aller aux signets</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>Go to the documents and their versions</source>
        <translation>Aller aux documents et à leurs versions</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Not&amp;es</translation>
    </message>
    <message>
        <source>Go to the notes</source>
        <translation>Aller aux notes</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Go back to the previous place</source>
        <translation>Revenir à l&apos;endroit précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Aller à nouveau vers l&apos;avant</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>Section pré&amp;cédente</translation>
    </message>
    <message>
        <source>Open the section before this one</source>
        <translation>Ouvrir la section qui précède</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>Section sui&amp;vante</translation>
    </message>
    <message>
        <source>Open the section after this one</source>
        <translation>Ouvrir la section qui suit</translation>
    </message>
    <message>
        <source>Document &amp;overview</source>
        <translation>Vue d&apos;&amp;ensemble du document</translation>
    </message>
    <message>
        <source>Open the overview of the document</source>
        <translation>Ouvrir la vue d&apos;ensemble du document</translation>
    </message>
    <message>
        <source>&amp;Bookmark this place</source>
        <translation>&amp;Ajouter ou retirer un signet</translation>
    </message>
    <message>
        <source>Keep this place in the bookmarks, or remove it</source>
        <translation>Garder cet endroit dans les signets, ou l&apos;en retirer</translation>
    </message>
    <message>
        <source>&amp;Add to the brief</source>
        <translation>&amp;Ajouter à la fiche</translation>
    </message>
    <message>
        <source>Add the section, project or search result shown to the meeting brief</source>
        <translation>Ajouter à la fiche de réunion la section, le projet ou le résultat de recherche affiché</translation>
    </message>
    <message>
        <source>&amp;Open the brief…</source>
        <translation>&amp;Ouvrir la fiche…</translation>
    </message>
    <message>
        <source>Reorder the brief&apos;s items and export it as PDF or ODT</source>
        <translation>Ordonner les éléments de la fiche et l&apos;exporter en PDF ou en ODT</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Lister les raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Artois Reader</source>
        <translation>À &amp;propos d&apos;Artois Reader</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Version et licences</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xports</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>B&amp;rief</source>
        <translation>Fic&amp;he</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Plus petit</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Plus grand</translation>
    </message>
    <message>
        <source>OCR text</source>
        <translation>Texte OCR</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Signet</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>Citer</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Annoter</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The language can be changed once the import is finished.</source>
        <translation>La langue pourra être changée une fois l&apos;import terminé.</translation>
    </message>
</context>
<context>
    <name>BookmarksPane</name>
    <message>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <source>Enter opens a bookmark, Delete removes it</source>
        <translation>Entrée ouvre un signet, Suppr le retire</translation>
    </message>
    <message>
        <source>No bookmark yet. Press Ctrl+D to keep the place you are reading.</source>
        <translation>Aucun signet pour l&apos;instant. Appuyez sur Ctrl+D pour garder l&apos;endroit que vous lisez.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected bookmark</source>
        <translation>Retirer le signet sélectionné</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Select the text to copy first.</source>
        <translation>Sélectionnez d&apos;abord le texte à copier.</translation>
    </message>
    <message>
        <source>Copied to the clipboard, with its reference.</source>
        <translation>Copié dans le presse-papiers, avec sa référence.</translation>
    </message>
    <message>
        <source>Bookmark added: %1</source>
        <translation>Signet ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Bookmark removed: %1</source>
        <translation>Signet retiré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sent to the printer (%1 p.).</source>
        <translation>Envoyé à l&apos;imprimante (%1&#xa0;p.).</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Le PDF n&apos;a pas pu être écrit dans %1.</translation>
    </message>
    <message>
        <source>Saved as PDF: %1</source>
        <translation>Enregistré en PDF&#xa0;: %1</translation>
    </message>
    <message>
        <source>windows, text display, printing</source>
        <translation>fenêtres, affichage du texte, impression</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>index de recherche</translation>
    </message>
    <message>
        <source>reading PDF files</source>
        <translation>lecture des fichiers PDF</translation>
    </message>
    <message>
        <source>search tolerant to OCR errors</source>
        <translation>recherche tolérante aux erreurs d&apos;OCR</translation>
    </message>
    <message>
        <source>user data folder</source>
        <translation>dossier des données de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>encrypted PDF files</source>
        <translation>fichiers PDF chiffrés</translation>
    </message>
    <message>
        <source>French words, for the OCR repair and the search</source>
        <translation>mots du français, pour la correction de l&apos;OCR et la recherche</translation>
    </message>
    <message>
        <source>how often French uses each word</source>
        <translation>fréquence de chaque mot en français</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Offline reader and search tool for the CRTE “chapeau commun” of the Pôle Métropolitain de l&apos;Artois.</source>
        <translation>Lecteur et moteur de recherche hors ligne pour le «&#xa0;chapeau commun&#xa0;» du CRTE du Pôle Métropolitain de l&apos;Artois.</translation>
    </message>
    <message>
        <source>Bundled document: the CRTE “chapeau commun” of the Pôle Métropolitain de l&apos;Artois (a public document of the Pôle Métropolitain de l&apos;Artois), as text read by OCR, errors included.</source>
        <translation>Document fourni&#xa0;: le «&#xa0;chapeau commun&#xa0;» du CRTE du Pôle Métropolitain de l&apos;Artois (document public du Pôle Métropolitain de l&apos;Artois), sous forme de texte lu par OCR, erreurs comprises.</translation>
    </message>
    <message>
        <source>Communes and intercommunal bodies: INSEE, DGCL, Etalab — Licence Ouverte 2.0.</source>
        <translation>Communes et intercommunalités&#xa0;: INSEE, DGCL, Etalab — Licence Ouverte 2.0.</translation>
    </message>
    <message>
        <source>Fonts: the system&apos;s own; no font is shipped.</source>
        <translation>Polices&#xa0;: celles du système&#xa0;; aucune police n&apos;est fournie.</translation>
    </message>
    <message>
        <source>Nothing is ever sent over the network.</source>
        <translation>Rien n&apos;est jamais envoyé sur le réseau.</translation>
    </message>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation>Version %1 (Qt %2)</translation>
    </message>
    <message>
        <source>About Artois Reader</source>
        <translation>À propos d&apos;Artois Reader</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare two versions</source>
        <translation>Comparer deux versions</translation>
    </message>
    <message>
        <source>Version before</source>
        <translation>Version avant</translation>
    </message>
    <message>
        <source>Version after</source>
        <translation>Version après</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>&amp;Avant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>A&amp;près&#xa0;:</translation>
    </message>
    <message>
        <source>The report lists, axis by axis, what was added, removed or changed.</source>
        <translation>Le rapport liste, axe par axe, ce qui a été ajouté, retiré ou modifié.</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Contact: %1</source>
        <translation>Contact&#xa0;: %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show in the document (p. %1)</source>
        <translation>Voir dans le document (p.&#xa0;%1)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
</context>
<context>
    <name>ContactsPane</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>No contact was found in this document.</source>
        <translation>Aucun contact n&apos;a été trouvé dans ce document.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Open a document</source>
        <translation>Ouvrir un document</translation>
    </message>
    <message>
        <source>Documents (%1);;PDF (*.pdf);;Text (*.txt *.md)</source>
        <translation>Documents (%1);;PDF (*.pdf);;Texte (*.txt *.md)</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The password is wrong. Password of “%1”:</source>
        <translation>Le mot de passe est incorrect. Mot de passe de «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” is protected by a password. Password:</source>
        <translation>«&#xa0;%1&#xa0;» est protégé par un mot de passe. Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Protected PDF</source>
        <translation>PDF protégé</translation>
    </message>
    <message>
        <source>Document not opened</source>
        <translation>Document non ouvert</translation>
    </message>
    <message>
        <source>Artois Reader</source>
        <translation>Artois Reader</translation>
    </message>
    <message>
        <source>Rename the document</source>
        <translation>Renommer le document</translation>
    </message>
    <message>
        <source>New title of “%1” (all its versions):</source>
        <translation>Nouveau titre de «&#xa0;%1&#xa0;» (toutes ses versions)&#xa0;:</translation>
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
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1 (shown)</source>
        <translation>%1 (affichée)</translation>
    </message>
    <message>
        <source>added on %1 · %2</source>
        <translation>ajoutée le %1 · %2</translation>
    </message>
    <message>
        <source>Version %1 of “%2”
File: %3
Identifier: %4</source>
        <translation>Version %1 de «&#xa0;%2&#xa0;»
Fichier&#xa0;: %3
Identifiant&#xa0;: %4</translation>
    </message>
    <message>
        <source>Documents and versions</source>
        <translation>Documents et versions</translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <source>Documents and versions</source>
        <translation>Documents et versions</translation>
    </message>
    <message>
        <source>Enter shows the version chosen; the buttons below act on the selection</source>
        <translation>Entrée affiche la version choisie&#xa0;; les boutons en dessous agissent sur la sélection</translation>
    </message>
    <message>
        <source>The library is empty. Open a PDF or a text file with File › Open… (Ctrl+O).</source>
        <translation>La bibliothèque est vide. Ouvrez un PDF ou un fichier texte avec Fichier › Ouvrir… (Ctrl+O).</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Show this version in the contents</source>
        <translation>Afficher cette version dans le sommaire</translation>
    </message>
    <message>
        <source>Search &amp;in it</source>
        <translation>Chercher de&amp;dans</translation>
    </message>
    <message>
        <source>Search only this document</source>
        <translation>Chercher seulement dans ce document</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>Co&amp;mparer…</translation>
    </message>
    <message>
        <source>Compare two versions</source>
        <translation>Comparer deux versions</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>Rename the document</source>
        <translation>Renommer le document</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete this version, or the whole document with its versions</source>
        <translation>Supprimer cette version, ou le document entier avec ses versions</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>This document holds no contact to export.</source>
        <translation>Ce document ne contient aucun contact à exporter.</translation>
    </message>
    <message>
        <source>Address book (vCard)</source>
        <translation>Carnet d&apos;adresses (vCard)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Export the contacts</source>
        <translation>Exporter les contacts</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>Ouvrez d&apos;abord un document.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Export the contents</source>
        <translation>Exporter le sommaire</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Fiche</name>
    <message>
        <source>Open a section, a project or a search result to add it to the brief.</source>
        <translation>Ouvrez une section, un projet ou un résultat de recherche pour l&apos;ajouter à la fiche.</translation>
    </message>
    <message>
        <source>Added to the brief (%1): %2</source>
        <translation>Ajouté à la fiche (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Already in the brief: %2</source>
        <translation>Déjà dans la fiche&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FicheDialog</name>
    <message>
        <source>Meeting brief</source>
        <translation>Fiche de réunion</translation>
    </message>
    <message>
        <source>Title of the brief</source>
        <translation>Titre de la fiche</translation>
    </message>
    <message>
        <source>Items of the brief</source>
        <translation>Éléments de la fiche</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move an item; Delete removes it</source>
        <translation>Alt+Haut et Alt+Bas déplacent un élément&#xa0;; Suppr le retire</translation>
    </message>
    <message>
        <source>Preview of the brief</source>
        <translation>Aperçu de la fiche</translation>
    </message>
    <message>
        <source>The brief is empty. Add a section, a project or a search result with “Add to the brief” (Ctrl+Shift+A, or a right click).</source>
        <translation>La fiche est vide. Ajoutez-y une section, un projet ou un résultat de recherche avec «&#xa0;Ajouter à la fiche&#xa0;» (Ctrl+Maj+A, ou clic droit).</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Empty the brief</source>
        <translation>Vider la fiche</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export as &amp;ODT…</source>
        <translation>Exporter en &amp;ODT…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>p.&#xa0;%1</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Texte OpenDocument</translation>
    </message>
    <message>
        <source>Export the brief</source>
        <translation>Exporter la fiche</translation>
    </message>
    <message>
        <source>The brief could not be written to %1.</source>
        <translation>La fiche n&apos;a pas pu être écrite dans %1.</translation>
    </message>
    <message>
        <source>Meeting brief — saved as %1</source>
        <translation>Fiche de réunion — enregistrée sous %1</translation>
    </message>
</context>
<context>
    <name>FicheWords</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this page</source>
        <translation>Rechercher dans cette page</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Reading page %1 of %2…</source>
        <translation>Lecture de la page %1 sur %2…</translation>
    </message>
    <message>
        <source>Repairing the text…</source>
        <translation>Réparation du texte…</translation>
    </message>
    <message>
        <source>Finding axes, sections and projects…</source>
        <translation>Repérage des axes, sections et projets…</translation>
    </message>
    <message>
        <source>Saving into the library…</source>
        <translation>Enregistrement dans la bibliothèque…</translation>
    </message>
    <message>
        <source>Indexing for search…</source>
        <translation>Indexation pour la recherche…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>this file does not exist</source>
        <translation>ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>this file cannot be read (access denied, or it moved)</source>
        <translation>ce fichier ne peut pas être lu (accès refusé, ou fichier déplacé)</translation>
    </message>
    <message>
        <source>this file is empty</source>
        <translation>ce fichier est vide</translation>
    </message>
    <message>
        <source>it is a folder; choose a PDF or text file</source>
        <translation>c&apos;est un dossier&#xa0;; choisissez un fichier PDF ou texte</translation>
    </message>
    <message>
        <source>it is neither a PDF nor a text file</source>
        <translation>ce n&apos;est ni un PDF ni un fichier texte</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>le fichier est endommagé</translation>
    </message>
    <message>
        <source>this PDF is protected by a password</source>
        <translation>ce PDF est protégé par un mot de passe</translation>
    </message>
    <message>
        <source>the password is wrong</source>
        <translation>le mot de passe est incorrect</translation>
    </message>
    <message>
        <source>this PDF holds no text layer (a scanned document): it would need text recognition first</source>
        <translation>ce PDF ne contient pas de texte (document numérisé)&#xa0;: il faudrait d&apos;abord le passer en reconnaissance de caractères (OCR)</translation>
    </message>
    <message>
        <source>this file holds binary data, not text</source>
        <translation>ce fichier contient des données binaires, pas du texte</translation>
    </message>
    <message>
        <source>the document takes too long to read</source>
        <translation>le document est trop long à lire</translation>
    </message>
    <message>
        <source>the library cannot be saved (disk full or read-only folder)</source>
        <translation>la bibliothèque ne peut pas être enregistrée (disque plein ou dossier en lecture seule)</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the CRTE of the Pôle Métropolitain de l&apos;Artois</source>
        <translation>le CRTE du Pôle Métropolitain de l&apos;Artois</translation>
    </message>
    <message>
        <source>Cannot open “%1”: the library is busy or cannot be written. Try again in a moment.</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: la bibliothèque est occupée ou ne peut pas être écrite. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: an unexpected error occurred (%2).</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: une erreur inattendue s&apos;est produite (%2).</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>%p%</source>
        <translation>%p&#xa0;%</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>Ouverture de «&#xa0;%1&#xa0;»…</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>%1, version %2 (%3, %4)</source>
        <translation>%1, version %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Comparing needs two versions: open the new version of a document first.</source>
        <translation>Comparer demande deux versions&#xa0;: ouvrez d&apos;abord la nouvelle version d&apos;un document.</translation>
    </message>
    <message>
        <source>One of these versions is no longer in the library.</source>
        <translation>L&apos;une de ces versions n&apos;est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Changes from version %1 to version %2</source>
        <translation>Changements de la version %1 à la version %2</translation>
    </message>
    <message>
        <source>Changes from “%1” to “%2”</source>
        <translation>Changements de «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Comparing the two versions…</source>
        <translation>Comparaison des deux versions…</translation>
    </message>
    <message>
        <source>The two versions could not be compared.</source>
        <translation>Les deux versions n&apos;ont pas pu être comparées.</translation>
    </message>
    <message>
        <source>Renamed: “%1”.</source>
        <translation>Renommé&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Another document is already called “%1”.</source>
        <translation>Un autre document s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The document could not be renamed: the library is busy or cannot be written.</source>
        <translation>Le document n&apos;a pas pu être renommé&#xa0;: la bibliothèque est occupée ou ne peut pas être écrite.</translation>
    </message>
    <message>
        <source>Delete “%1”, version %2 (%3), from the library? Its stored copy is deleted too. Its notes stay in the list of notes.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;», version %2 (%3), de la bibliothèque&#xa0;? Sa copie enregistrée sera effacée aussi. Ses notes restent dans la liste des notes.</translation>
    </message>
    <message>
        <source>Delete “%1” and its %2 versions from the library? Their stored copies are deleted too. Their notes stay in the list of notes.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et ses %2 versions de la bibliothèque&#xa0;? Leurs copies enregistrées seront effacées aussi. Leurs notes restent dans la liste des notes.</translation>
    </message>
    <message>
        <source>Delete from the library</source>
        <translation>Supprimer de la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Wait until the import is finished, then delete.</source>
        <translation>Attendez la fin de l&apos;import, puis supprimez.</translation>
    </message>
    <message>
        <source>Deleted from the library: “%1”.</source>
        <translation>Supprimé de la bibliothèque&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The document could not be deleted: the library is busy or cannot be written.</source>
        <translation>Le document n&apos;a pas pu être supprimé&#xa0;: la bibliothèque est occupée ou ne peut pas être écrite.</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>Suppression de «&#xa0;%1&#xa0;»…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Text size; click for the normal size</source>
        <translation>Taille du texte&#xa0;; cliquer pour revenir à la taille normale</translation>
    </message>
    <message>
        <source>Text size; click for the normal size (Ctrl+0)</source>
        <translation>Taille du texte&#xa0;; cliquer pour revenir à la taille normale (Ctrl+0)</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import of “%1” cancelled.</source>
        <translation>Import de «&#xa0;%1&#xa0;» annulé.</translation>
    </message>
    <message>
        <source>Shown: “%1”, version %2.</source>
        <translation>Affiché&#xa0;: «&#xa0;%1&#xa0;», version %2.</translation>
    </message>
    <message>
        <source>Index: opening…</source>
        <translation>Index&#xa0;: ouverture…</translation>
    </message>
    <message>
        <source>Index: unavailable</source>
        <translation>Index&#xa0;: indisponible</translation>
    </message>
    <message>
        <source>Index: ready</source>
        <translation>Index&#xa0;: prêt</translation>
    </message>
    <message>
        <source>The list of documents was damaged: its backup copy was used.</source>
        <translation>La liste des documents était endommagée&#xa0;: sa copie de sécurité a été reprise.</translation>
    </message>
    <message>
        <source>The list of documents was rebuilt from the stored documents.</source>
        <translation>La liste des documents a été reconstruite à partir des documents enregistrés.</translation>
    </message>
    <message>
        <source>The search index was rebuilt.</source>
        <translation>L&apos;index de recherche a été reconstruit.</translation>
    </message>
    <message>
        <source>This document is no longer in the library.</source>
        <translation>Ce document n&apos;est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Contents, documents and bookmarks</source>
        <translation>Sommaire, documents et signets</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Search, contacts and notes</source>
        <translation>Recherche, contacts et notes</translation>
    </message>
    <message>
        <source>%1 · version %2 · %3</source>
        <translation>%1 · version %2 · %3</translation>
    </message>
    <message>
        <source>Added: “%1”, version %2, %3.</source>
        <translation>Ajouté&#xa0;: «&#xa0;%1&#xa0;», version %2, %3.</translation>
    </message>
    <message>
        <source>Already in the library: “%1”, version %2 (%3).</source>
        <translation>Déjà dans la bibliothèque&#xa0;: «&#xa0;%1&#xa0;», version %2 (%3).</translation>
    </message>
    <message>
        <source>No application on this computer opens “%1”: it was copied to the clipboard.</source>
        <translation>Aucune application de ce poste n&apos;ouvre «&#xa0;%1&#xa0;»&#xa0;: copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>This link is not opened: only web, e-mail and phone links are.</source>
        <translation>Ce lien n&apos;est pas ouvert&#xa0;: seuls les liens web, e-mail et téléphone le sont.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Annoter</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Annotated passage</source>
        <translation>Passage annoté</translation>
    </message>
    <message>
        <source>Your note (leave empty for a plain highlight)</source>
        <translation>Votre note (laisser vide pour un simple surlignage)</translation>
    </message>
    <message>
        <source>Text of the note</source>
        <translation>Texte de la note</translation>
    </message>
</context>
<context>
    <name>NoteWords</name>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n déplacée</numerusform>
            <numerusform>%n déplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left to review</source>
        <translation>
            <numerusform>%n à revoir</numerusform>
            <numerusform>%n à revoir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes (%n to review)</source>
        <translation>
            <numerusform>Notes (%n à revoir)</numerusform>
            <numerusform>Notes (%n à revoir)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Open a passage of a document to annotate it.</source>
        <translation>Ouvrez un passage d&apos;un document pour l&apos;annoter.</translation>
    </message>
    <message>
        <source>Notes go on the corrected text: turn “OCR text” off, then select the words again.</source>
        <translation>Les notes portent sur le texte corrigé&#xa0;: désactivez «&#xa0;Texte OCR&#xa0;», puis sélectionnez à nouveau les mots.</translation>
    </message>
    <message>
        <source>Select the words to annotate first.</source>
        <translation>Sélectionnez d&apos;abord les mots à annoter.</translation>
    </message>
    <message>
        <source>Select words of a paragraph of the document.</source>
        <translation>Sélectionnez des mots d&apos;un paragraphe du document.</translation>
    </message>
    <message>
        <source>Note saved. It is listed in the Notes tab (Ctrl+7).</source>
        <translation>Note enregistrée. Elle figure dans l&apos;onglet Notes (Ctrl+7).</translation>
    </message>
    <message>
        <source>The note could not be saved: the notes file cannot be written (%1).</source>
        <translation>La note n&apos;a pas pu être enregistrée&#xa0;: le fichier des notes ne peut pas être écrit (%1).</translation>
    </message>
    <message>
        <source>This note stayed on version %1: the newer version has no sure place for it. Select where it belongs in the newer version, then “Re-attach here”.</source>
        <translation>Cette note est restée sur la version %1&#xa0;: la nouvelle version n&apos;a pas de place sûre pour elle. Sélectionnez sa place dans la nouvelle version, puis «&#xa0;Rattacher ici&#xa0;».</translation>
    </message>
    <message>
        <source>Note changed.</source>
        <translation>Note modifiée.</translation>
    </message>
    <message>
        <source>Delete the note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Delete the note “%1”? This cannot be undone.</source>
        <translation>Supprimer la note «&#xa0;%1&#xa0;»&#xa0;? Cette action est définitive.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation>Note supprimée.</translation>
    </message>
    <message>
        <source>Open a version of “%1” to re-attach this note.</source>
        <translation>Ouvrez une version de «&#xa0;%1&#xa0;» pour y rattacher cette note.</translation>
    </message>
    <message>
        <source>Note re-attached to version %1, page %2.</source>
        <translation>Note rattachée à la version %1, page %2.</translation>
    </message>
    <message>
        <source>There is no note to export.</source>
        <translation>Il n&apos;y a aucune note à exporter.</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Texte Markdown</translation>
    </message>
    <message>
        <source>Export the notes</source>
        <translation>Exporter les notes</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Notes: %1.</source>
        <translation>Notes&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Highlight without a note</source>
        <translation>Surlignage sans note</translation>
    </message>
    <message>
        <source>To review: the newer version of the document has no sure place for it. It stays on version %1; open it, then re-attach it where it belongs.</source>
        <translation>À revoir&#xa0;: la nouvelle version du document n&apos;a pas de place sûre pour elle. Elle reste sur la version %1&#xa0;; ouvrez-la, puis rattachez-la à sa place.</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Surlignage</translation>
    </message>
    <message>
        <source>TO REVIEW — %1</source>
        <translation>À REVOIR — %1</translation>
    </message>
    <message>
        <source>%1, v%2</source>
        <translation>%1, v%2</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Filter the notes by document</source>
        <translation>Filtrer les notes par document</translation>
    </message>
    <message>
        <source>Filter the notes by axis</source>
        <translation>Filtrer les notes par axe</translation>
    </message>
    <message>
        <source>Words in the note or the quote</source>
        <translation>Mots de la note ou du passage</translation>
    </message>
    <message>
        <source>Filter the notes by words</source>
        <translation>Filtrer les notes par mots</translation>
    </message>
    <message>
        <source>Only the notes to &amp;review</source>
        <translation>Seulement les notes à &amp;revoir</translation>
    </message>
    <message>
        <source>Number of notes</source>
        <translation>Nombre de notes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Enter opens a note; Delete removes it</source>
        <translation>Entrée ouvre une note&#xa0;; Suppr la supprime</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Re-&amp;attach here</source>
        <translation>Ratt&amp;acher ici</translation>
    </message>
    <message>
        <source>Put the note to review on the text selected in the reader (or the passage shown)</source>
        <translation>Placer la note à revoir sur le texte sélectionné dans le lecteur (ou sur le passage affiché)</translation>
    </message>
    <message>
        <source>E&amp;xport the list</source>
        <translation>E&amp;xporter la liste</translation>
    </message>
    <message>
        <source>Notes listed, as Markdown…</source>
        <translation>Notes listées, en Markdown…</translation>
    </message>
    <message>
        <source>Notes listed, as CSV (Excel)…</source>
        <translation>Notes listées, en CSV (Excel)…</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <source>All axes</source>
        <translation>Tous les axes</translation>
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
            <numerusform>dont %n à revoir</numerusform>
            <numerusform>dont %n à revoir</numerusform>
        </translation>
    </message>
    <message>
        <source>No note yet. Select some text in the reader, then choose “Annotate” (right click, or Ctrl+Shift+N).</source>
        <translation>Aucune note pour l&apos;instant. Sélectionnez du texte dans le lecteur, puis choisissez «&#xa0;Annoter&#xa0;» (clic droit, ou Ctrl+Maj+N).</translation>
    </message>
    <message>
        <source>No note matches these filters.</source>
        <translation>Aucune note ne correspond à ces filtres.</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <source>Axis %1 — %2</source>
        <translation>Axe %1 — %2</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Project examples</source>
        <translation>Exemples de projets</translation>
    </message>
    <message>
        <source>No heading in the text: its first words</source>
        <translation>Sans titre dans le texte&#xa0;: ses premiers mots</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>“What is it?”</source>
        <translation>«&#xa0;C&apos;est quoi&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
</context>
<context>
    <name>OutlinePane</name>
    <message>
        <source>Filter the contents</source>
        <translation>Filtrer le sommaire</translation>
    </message>
    <message>
        <source>Narrows the tree to the titles holding these words</source>
        <translation>Ne garde dans l&apos;arbre que les titres contenant ces mots</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Axes, sections, projects, contacts and more; Enter opens</source>
        <translation>Axes, sections, projets, contacts et plus&#xa0;; Entrée ouvre</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Add to the brief</source>
        <translation>&amp;Ajouter à la fiche</translation>
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
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>Reader tools</source>
        <translation>Outils du lecteur</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Reader</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>The text of the selected part of the document</source>
        <translation>Le texte de la partie du document sélectionnée</translation>
    </message>
    <message>
        <source>Highlight without a note</source>
        <translation>Surlignage sans note</translation>
    </message>
    <message>
        <source>To review: %1</source>
        <translation>À revoir&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <source>“%1”, version %2</source>
        <translation>«&#xa0;%1&#xa0;», version %2</translation>
    </message>
    <message>
        <source>section “%1”</source>
        <translation>section «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <source>p. %1</source>
        <translation>p.&#xa0;%1</translation>
    </message>
    <message>
        <source>Axis %1</source>
        <translation>Axe %1</translation>
    </message>
    <message>
        <source>This place no longer exists in this version of the document.</source>
        <translation>Cet endroit n&apos;existe plus dans cette version du document.</translation>
    </message>
    <message>
        <source>Back to the document overview</source>
        <translation>Revenir à la vue d&apos;ensemble du document</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>Version %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Axes</source>
        <translation>Axes</translation>
    </message>
    <message>
        <source>Other sections</source>
        <translation>Autres sections</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>“What is it?” boxes</source>
        <translation>Encadrés «&#xa0;C&apos;est quoi&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Also in this document</source>
        <translation>Aussi dans ce document</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>C&apos;est quoi&#xa0;?</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Welcome to Artois Reader</source>
        <translation>Bienvenue dans Artois Reader</translation>
    </message>
    <message>
        <source>The CRTE of the Pôle Métropolitain de l&apos;Artois is being prepared. This happens once; the progress is shown at the bottom of the window.</source>
        <translation>Le CRTE du Pôle Métropolitain de l&apos;Artois est en cours de préparation. Cela n&apos;arrive qu&apos;une fois&#xa0;; la progression s&apos;affiche en bas de la fenêtre.</translation>
    </message>
    <message>
        <source>The library is empty. Open a PDF or a text file with File › Open… (Ctrl+O), or drop it here.</source>
        <translation>La bibliothèque est vide. Ouvrez un PDF ou un fichier texte avec Fichier › Ouvrir… (Ctrl+O), ou déposez-le ici.</translation>
    </message>
    <message>
        <source>Project examples</source>
        <translation>Exemples de projets</translation>
    </message>
    <message>
        <source>Nothing of this kind was found in this document.</source>
        <translation>Rien de tel n&apos;a été trouvé dans ce document.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Lieu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>“What is it?”</source>
        <translation>«&#xa0;C&apos;est quoi&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Titres</translation>
    </message>
    <message>
        <source>Outside the axes</source>
        <translation>Hors des axes</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>Recherches récentes</translation>
    </message>
    <message>
        <source>Recent search: %1</source>
        <translation>Recherche récente&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search the documents (Ctrl+K)</source>
        <translation>Rechercher dans les documents (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the documents</source>
        <translation>Rechercher dans les documents</translation>
    </message>
    <message>
        <source>Results appear as you type; press Down to reach them</source>
        <translation>Les résultats s&apos;affichent pendant la frappe&#xa0;; flèche bas pour les atteindre</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Nombre de résultats</translation>
    </message>
    <message>
        <source>Type one or more words: accents and capitals do not matter. Enter opens the first result, Down arrow reaches the list.</source>
        <translation>Tapez un ou plusieurs mots&#xa0;: les accents et les majuscules ne comptent pas. Entrée ouvre le premier résultat, la flèche bas mène à la liste.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtre&#xa0;: %1</translation>
    </message>
    <message>
        <source>The search could not be run. Try again in a moment.</source>
        <translation>La recherche n&apos;a pas pu être lancée. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Aucun résultat</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>(the best %1 are shown)</source>
        <translation>(les %1 meilleurs sont affichés)</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” is not named in the documents. Here is what they say about %2, which it belongs to.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas cité dans les documents. Voici ce qu&apos;ils disent de la %2, dont la commune fait partie.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Add to the brief</source>
        <translation>&amp;Ajouter à la fiche</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <source>All axes</source>
        <translation>Tous les axes</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
</TS>
