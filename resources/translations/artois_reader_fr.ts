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
        <source>&amp;Language</source>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
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
        <source>Copy + reference</source>
        <translation>Copier + référence</translation>
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
        <source>Fonts: the system&apos;s own; no font is shipped. The PDF samples used in tests are not shipped.</source>
        <translation>Polices&#xa0;: celles du système&#xa0;; aucune police n&apos;est fournie. Les PDF d&apos;exemple utilisés par les tests ne sont pas fournis.</translation>
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
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>See in the document (p. %1)</source>
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
        <source>Contents and bookmarks</source>
        <translation>Sommaire et signets</translation>
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
        <source>Search and contacts</source>
        <translation>Recherche et contacts</translation>
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
        <source>This link is not opened: only web, e-mail and phone links are.</source>
        <translation>Ce lien n&apos;est pas ouvert&#xa0;: seuls les liens web, e-mail et téléphone le sont.</translation>
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
