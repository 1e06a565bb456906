<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>AnalysesStatus</name>
        <message>
            <source>Stop</source>
            <translation>إيقاف</translation>
        </message>
        <message>
            <source>Stop updating the analyses (articles are still re-analysed when opened)</source>
            <translation>إيقاف تحديث التحليلات (تُحلَّل المقالات من جديد عند فتحها)</translation>
        </message>
        <message>
            <source>Updating analyses {0} / {1}</source>
            <translation>تحديث التحليلات {0} / {1}</translation>
        </message>
        <message>
            <source>Analyses updated: {0} of {1}</source>
            <translation>حُدِّثت التحليلات: {0} من {1}</translation>
        </message>
        <message>
            <source>(stopped)</source>
            <translation>(أُوقف)</translation>
        </message>
        <message>
            <source>The analyses could not be updated.</source>
            <translation>تعذّر تحديث التحليلات.</translation>
        </message>
    </context>
    <context>
        <name>EntitiesPanel</name>
        <message>
            <location filename="../../app/panels/entities.py" line="23" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location filename="../../app/panels/entities.py" line="23" />
            <source>Mentions</source>
            <translation>مرات الذِكر</translation>
        </message>
        <message>
            <location filename="../../app/panels/entities.py" line="37" />
            <source>People</source>
            <translation>الأشخاص</translation>
        </message>
        <message>
            <location filename="../../app/panels/entities.py" line="37" />
            <source>Organisations</source>
            <translation>المنظمات</translation>
        </message>
        <message>
            <location filename="../../app/panels/entities.py" line="38" />
            <source>Places</source>
            <translation>الأماكن</translation>
        </message>
        <message>
            <location filename="../../app/panels/entities.py" line="38" />
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <source>Entities in the article</source>
            <translation>الكيانات في المقال</translation>
        </message>
        <message>
            <source>People, organisations, places and other names, grouped by kind, with their number of mentions; Enter marks every mention in the article</source>
            <translation>الأشخاص والمنظمات والأماكن وأسماء أخرى، مجمّعة حسب النوع مع عدد مرات ذكرها؛ Enter يبرز كل مواضع ذكرها في المقال</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Export Article</source>
            <translation>تصدير المقالة</translation>
        </message>
        <message>
            <source>Export Glossary</source>
            <translation>تصدير المسرد</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n article(s) to {0}</source>
            <translation>
                <numerusform>لم تُصدَّر مقالات إلى {0}</numerusform>
                <numerusform>صُدّرت مقالة واحدة إلى {0}</numerusform>
                <numerusform>صُدّرت مقالتان إلى {0}</numerusform>
                <numerusform>صُدّرت %n مقالات إلى {0}</numerusform>
                <numerusform>صُدّرت %n مقالة إلى {0}</numerusform>
                <numerusform>صُدّرت %n مقالة إلى {0}</numerusform>
            </translation>
        </message>
        <message>
            <source>Exported {0} glossary entries to {1}</source>
            <translation>صُدِّر {0} من مداخل المسرد إلى {1}</translation>
        </message>
        <message numerus="yes">
            <source>Exporting %n article(s)…</source>
            <translation>
                <numerusform>لا مقالات للتصدير…</numerusform>
                <numerusform>جارٍ تصدير مقالة واحدة…</numerusform>
                <numerusform>جارٍ تصدير مقالتين…</numerusform>
                <numerusform>جارٍ تصدير %n مقالات…</numerusform>
                <numerusform>جارٍ تصدير %n مقالة…</numerusform>
                <numerusform>جارٍ تصدير %n مقالة…</numerusform>
            </translation>
        </message>
        <message>
            <source>Glossary: {0} added, {1} updated, {2} skipped</source>
            <translation>المسرد: أُضيف {0}، وحُدِّث {1}، وتُرك {2}</translation>
        </message>
        <message>
            <source>Import Glossary</source>
            <translation>استيراد المسرد</translation>
        </message>
        <message>
            <source>Only articles in the library can be exported.</source>
            <translation>لا يمكن تصدير إلا المقالات الموجودة في المكتبة.</translation>
        </message>
        <message>
            <source>Open a library first.</source>
            <translation>افتح مكتبة أولاً.</translation>
        </message>
        <message>
            <source>The glossary can only be changed in a writable library.</source>
            <translation>لا يمكن تعديل المسرد إلا في مكتبة قابلة للكتابة.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>direct</source>
            <translation>مباشر</translation>
        </message>
        <message>
            <source>indirect</source>
            <translation>غير مباشر</translation>
        </message>
        <message>
            <source>mixed</source>
            <translation>مختلط</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>منظمة</translation>
        </message>
        <message>
            <source>other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <source>person</source>
            <translation>شخص</translation>
        </message>
        <message>
            <source>place</source>
            <translation>مكان</translation>
        </message>
    </context>
    <context>
        <name>Legend</name>
        <message>
            <location filename="../../app/theme.py" line="109" />
            <source>People</source>
            <translation>الأشخاص</translation>
        </message>
        <message>
            <location filename="../../app/theme.py" line="110" />
            <source>Organisations</source>
            <translation>المنظمات</translation>
        </message>
        <message>
            <location filename="../../app/theme.py" line="111" />
            <source>Places</source>
            <translation>الأماكن</translation>
        </message>
        <message>
            <location filename="../../app/theme.py" line="112" />
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <location filename="../../app/theme.py" line="113" />
            <source>Statements</source>
            <translation>التصريحات</translation>
        </message>
        <message>
            <location filename="../../app/theme.py" line="114" />
            <source>Cues</source>
            <translation>أفعال القول</translation>
        </message>
        <message>
            <location filename="../../app/theme.py" line="115" />
            <source>Speakers</source>
            <translation>المتحدثون</translation>
        </message>
        <message>
            <location filename="../../app/theme.py" line="116" />
            <source>Notes</source>
            <translation>الملاحظات</translation>
        </message>
        <message>
            <location filename="../../app/reader/legend.py" line="71" />
            <source>Show or hide the highlights for: {0}</source>
            <translation>أظهر أو أخفِ إبراز: {0}</translation>
        </message>
        <message>
            <source>Highlight layers</source>
            <translation>طبقات الإبراز</translation>
        </message>
        <message>
            <source>One toggle per kind of highlight in the article</source>
            <translation>زر تبديل لكل نوع من الإبراز في المقال</translation>
        </message>
        <message>
            <source>Show or hide the highlights for: {0} (Ctrl+{1})</source>
            <translation>أظهر أو أخفِ إبراز: {0} (Ctrl+{1})</translation>
        </message>
        <message>
            <source>Shows or hides the highlights for: {0}. Shortcut Ctrl+{1}.</source>
            <translation>يُظهر إبراز {0} أو يخفيه. الاختصار Ctrl+{1}.</translation>
        </message>
        <message>
            <source>{0} highlights</source>
            <translation>إبراز {0}</translation>
        </message>
    </context>
    <context>
        <name>LibraryPanel</name>
        <message>
            <location filename="../../app/panels/library.py" line="61" />
            <source>Search the library (Ctrl+F)</source>
            <translation>ابحث في المكتبة (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../app/panels/library.py" line="69" />
            <source>Text</source>
            <translation>النص</translation>
        </message>
        <message>
            <location filename="../../app/panels/library.py" line="70" />
            <source>Speaker</source>
            <translation>متحدث</translation>
        </message>
        <message>
            <location filename="../../app/panels/library.py" line="71" />
            <source>Entity</source>
            <translation>كيان</translation>
        </message>
        <message>
            <location filename="../../app/panels/library.py" line="72" />
            <source>Search the words of the articles, or find the articles quoting a speaker or naming an entity</source>
            <translation>ابحث في كلمات المقالات، أو عن المقالات التي تنقل عن متحدث أو تذكر كيانًا</translation>
        </message>
        <message>
            <location filename="../../app/panels/library.py" line="76" />
            <location filename="../../app/panels/library.py" line="243" />
            <source>All tags</source>
            <translation>كل الوسوم</translation>
        </message>
        <message>
            <location filename="../../app/panels/library.py" line="91" />
            <source>Add a tag to this article…</source>
            <translation>أضف وسمًا لهذه المقالة…</translation>
        </message>
        <message>
            <location filename="../../app/panels/library.py" line="94" />
            <source>Import Files…</source>
            <translation>استيراد ملفات…</translation>
        </message>
        <message>
            <location filename="../../app/panels/library.py" line="96" />
            <source>Import Folder…</source>
            <translation>استيراد مجلد…</translation>
        </message>
        <message>
            <location filename="../../app/panels/library.py" line="100" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../app/panels/library.py" line="171" />
            <source>(untitled article)</source>
            <translation>(مقالة بلا عنوان)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/panels/library.py" line="179" />
            <source>%n article(s) found</source>
            <translation>
                <numerusform>لم يُعثر على مقالات</numerusform>
                <numerusform>عُثر على مقالة واحدة</numerusform>
                <numerusform>عُثر على مقالتين</numerusform>
                <numerusform>عُثر على %n مقالات</numerusform>
                <numerusform>عُثر على %n مقالة</numerusform>
                <numerusform>عُثر على %n مقالة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/panels/library.py" line="181" />
            <source>The newest {0} of %n article(s)</source>
            <translation>
                <numerusform>لا مقالات</numerusform>
                <numerusform>الأحدث {0} من مقالة واحدة</numerusform>
                <numerusform>الأحدث {0} من مقالتين</numerusform>
                <numerusform>الأحدث {0} من %n مقالات</numerusform>
                <numerusform>الأحدث {0} من %n مقالة</numerusform>
                <numerusform>الأحدث {0} من %n مقالة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/panels/library.py" line="184" />
            <source>%n article(s)</source>
            <translation>
                <numerusform>لا مقالات</numerusform>
                <numerusform>مقالة واحدة</numerusform>
                <numerusform>مقالتان</numerusform>
                <numerusform>%n مقالات</numerusform>
                <numerusform>%n مقالة</numerusform>
                <numerusform>%n مقالة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/panels/library.py" line="208" />
            <source>Open</source>
            <translation>فتح</translation>
        </message>
        <message>
            <location filename="../../app/panels/library.py" line="210" />
            <source>Delete from the Library…</source>
            <translation>حذف من المكتبة…</translation>
        </message>
        <message>
            <location filename="../../app/panels/library.py" line="218" />
            <source>Delete Article</source>
            <translation>حذف المقالة</translation>
        </message>
        <message>
            <location filename="../../app/panels/library.py" line="219" />
            <source>Delete «{0}» from the library? Its notes are kept as detached notes.</source>
            <translation>أتحذف «{0}» من المكتبة؟ تبقى ملاحظاتها محفوظة كملاحظات منفصلة.</translation>
        </message>
        <message>
            <location filename="../../app/panels/library.py" line="263" />
            <source>Tags: {0}</source>
            <translation>الوسوم: {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/library.py" line="280" />
            <source>Import Articles</source>
            <translation>استيراد مقالات</translation>
        </message>
        <message>
            <location filename="../../app/panels/library.py" line="281" />
            <source>Articles (*.txt *.html *.htm *.docx *.md);;All files (*)</source>
            <translation>مقالات (*.txt *.html *.htm *.docx *.md);;كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../../app/panels/library.py" line="286" />
            <source>Import a Folder of Articles</source>
            <translation>استيراد مجلد مقالات</translation>
        </message>
        <message>
            <source>Import an Analysed Archive (a batch output folder)</source>
            <translation>استيراد أرشيف محلَّل (مجلد ناتج التحليل الدفعي)</translation>
        </message>
        <message>
            <source>Archive import: {0} added, {1} already in the library, {2} could not be imported.</source>
            <translation>استيراد الأرشيف: أضيف {0}، و{1} موجود في المكتبة من قبل، وتعذّر استيراد {2}.</translation>
        </message>
        <message>
            <source>{0} were analysed by another Sanad version and are re-analysed when opened.</source>
            <translation>{0} حلّلها إصدار آخر من سند، وسيُعاد تحليلها عند فتحها.</translation>
        </message>
        <message>
            <location filename="../../app/panels/library.py" line="324" />
            <source>Importing…</source>
            <translation>جارٍ الاستيراد…</translation>
        </message>
        <message>
            <location filename="../../app/panels/library.py" line="336" />
            <source>Stopping…</source>
            <translation>جارٍ الإيقاف…</translation>
        </message>
        <message>
            <location filename="../../app/panels/library.py" line="344" />
            <source>Analysing %v of %m</source>
            <translation>تحليل %v من %m</translation>
        </message>
        <message>
            <location filename="../../app/panels/library.py" line="348" />
            <source>Importing %v of %m</source>
            <translation>استيراد %v من %m</translation>
        </message>
        <message>
            <location filename="../../app/panels/library.py" line="362" />
            <source>Import: {0} added, {1} already in the library, {2} could not be imported.</source>
            <translation>الاستيراد: أُضيف {0}، و{1} موجودة من قبل في المكتبة، وتعذّر استيراد {2}.</translation>
        </message>
        <message>
            <location filename="../../app/panels/library.py" line="366" />
            <source>(cancelled)</source>
            <translation>(أُلغي)</translation>
        </message>
        <message>
            <location filename="../../app/panels/library.py" line="376" />
            <source>The import failed: {0}</source>
            <translation>فشل الاستيراد: {0}</translation>
        </message>
        <message>
            <source>remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Click × to remove a tag from this article.</source>
            <translation>انقر × لإزالة الوسم من هذه المقالة.</translation>
        </message>
        <message>
            <source>Export Articles</source>
            <translation>تصدير المقالات</translation>
        </message>
        <message>
            <source>No articles are listed in the library to export.</source>
            <translation>لا توجد في المكتبة مقالات مدرجة لتصديرها.</translation>
        </message>
        <message>
            <source>Everything this speaker said across the library, in date order</source>
            <translation>كل ما قاله هذا المتحدث في المكتبة، بترتيب التاريخ</translation>
        </message>
        <message>
            <source>Statements…</source>
            <translation>التصريحات…</translation>
        </message>
        <message>
            <source>Search the library (Ctrl+Shift+F)</source>
            <translation>ابحث في المكتبة (Ctrl+Shift+F)</translation>
        </message>
        <message>
            <source>A tag for the open article; Enter adds it</source>
            <translation>وسم للمقال المفتوح؛ Enter يضيفه</translation>
        </message>
        <message>
            <source>Add a tag</source>
            <translation>أضف وسمًا</translation>
        </message>
        <message>
            <source>Add article files to the library (Ctrl+I)</source>
            <translation>أضف ملفات مقالات إلى المكتبة (Ctrl+I)</translation>
        </message>
        <message>
            <source>Add every article in a folder to the library (Ctrl+Shift+I)</source>
            <translation>أضف كل مقالات مجلد إلى المكتبة (Ctrl+Shift+I)</translation>
        </message>
        <message>
            <source>Articles in the library</source>
            <translation>المقالات في المكتبة</translation>
        </message>
        <message>
            <source>How many files are imported or analysed, of how many</source>
            <translation>عدد الملفات المستوردة أو المحلَّلة من مجموعها</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>تقدّم الاستيراد</translation>
        </message>
        <message>
            <source>List only the articles with this tag</source>
            <translation>اعرض المقالات التي تحمل هذا الوسم فقط</translation>
        </message>
        <message>
            <source>Newest first, or the best hits of a search, each with a snippet of the match; Enter opens the article</source>
            <translation>الأحدث أولًا، أو أفضل نتائج البحث مع مقتطف من موضع التطابق؛ Enter يفتح المقال</translation>
        </message>
        <message>
            <source>Search the library</source>
            <translation>البحث في المكتبة</translation>
        </message>
        <message>
            <source>Stop the import after the file being imported</source>
            <translation>أوقف الاستيراد بعد الملف الجاري استيراده</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>الوسم</translation>
        </message>
        <message>
            <source>Tags of the open article</source>
            <translation>وسوم المقال المفتوح</translation>
        </message>
        <message>
            <source>What to search</source>
            <translation>مجال البحث</translation>
        </message>
        <message>
            <source>Words to find in every article of the library; diacritics and spelling variants are ignored</source>
            <translation>كلمات تبحث عنها في كل مقالات المكتبة، بصرف النظر عن التشكيل واختلاف الرسم</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../app/actions.py" line="0" />
            <source>&amp;Undo Correction</source>
            <translation>ال&amp;تراجع عن التصحيح</translation>
        </message>
        <message>
            <location filename="../../app/actions.py" line="0" />
            <source>&amp;Redo Correction</source>
            <translation>إ&amp;عادة التصحيح</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="0" />
            <source>Names &amp;Glossary</source>
            <translation>مسرد الأس&amp;ماء</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="0" />
            <source>&amp;Import CSV…</source>
            <translation>اس&amp;تيراد CSV…</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="0" />
            <source>Export as &amp;CSV…</source>
            <translation>تصدير بصيغة &amp;CSV…</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="0" />
            <source>Export as &amp;TBX…</source>
            <translation>تصدير بصيغة &amp;TBX…</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="185" />
            <location filename="../../app/window.py" line="607" />
            <source>Sanad</source>
            <translation>سند</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="201" />
            <source>Open or paste an Arabic article.</source>
            <translation>افتح مقالة عربية أو الصقها.</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="255" />
            <location filename="../../app/window.py" line="321" />
            <source>Who Said What</source>
            <translation>من قال ماذا</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="256" />
            <location filename="../../app/window.py" line="321" />
            <source>Entities</source>
            <translation>الكيانات</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="257" />
            <location filename="../../app/window.py" line="322" />
            <source>Names</source>
            <translation>الأسماء</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="258" />
            <location filename="../../app/window.py" line="322" />
            <source>Notes</source>
            <translation>الملاحظات</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="262" />
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="263" />
            <source>&amp;Open…</source>
            <translation>&amp;فتح…</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="265" />
            <source>New from &amp;Clipboard</source>
            <translation>جديد من ال&amp;حافظة</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="270" />
            <source>&amp;Import Files…</source>
            <translation>ا&amp;ستيراد ملفات…</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="272" />
            <source>Import &amp;Folder…</source>
            <translation>استيراد م&amp;جلد…</translation>
        </message>
        <message>
            <source>Import Analysed &amp;Archive…</source>
            <translation>استيراد أرشيف مح&amp;لَّل…</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="274" />
            <source>&amp;Export Article</source>
            <translation>&amp;تصدير المقالة</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="275" />
            <source>As &amp;Markdown…</source>
            <translation>بصيغة &amp;Markdown…</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="276" />
            <source>As &amp;JSON…</source>
            <translation>بصيغة &amp;JSON…</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="277" />
            <source>Claims as &amp;CSV…</source>
            <translation>التصريحات بصيغة &amp;CSV…</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="278" />
            <source>As &amp;PDF…</source>
            <translation>بصيغة &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="280" />
            <source>Open &amp;Library File…</source>
            <translation>فتح ملف م&amp;كتبة…</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="283" />
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="286" />
            <source>&amp;Edit</source>
            <translation>&amp;تحرير</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="287" />
            <source>Add &amp;Note</source>
            <translation>إضافة &amp;ملاحظة</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="289" />
            <source>&amp;Search Library</source>
            <translation>ال&amp;بحث في المكتبة</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="291" />
            <source>Filter Spea&amp;kers</source>
            <translation>ت&amp;صفية المتحدثين</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="296" />
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="297" />
            <source>Zoom &amp;In</source>
            <translation>ت&amp;كبير</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="299" />
            <source>Zoom &amp;Out</source>
            <translation>ت&amp;صغير</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="301" />
            <source>Reset &amp;Zoom</source>
            <translation>إعادة ال&amp;تكبير</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="304" />
            <source>&amp;Highlights</source>
            <translation>الإ&amp;براز</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="315" />
            <source>Next &amp;Mention</source>
            <translation>الذِكر ال&amp;تالي</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="317" />
            <source>&amp;Previous Mention</source>
            <translation>الذِكر ال&amp;سابق</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="319" />
            <source>&amp;Clear Selection</source>
            <translation>إلغاء التحدي&amp;د</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="323" />
            <source>Show {0}</source>
            <translation>إظهار {0}</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="325" />
            <source>Show &amp;Library</source>
            <translation>إظهار ال&amp;مكتبة</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="327" />
            <source>Read the &amp;Article</source>
            <translation>قراءة الم&amp;قالة</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="330" />
            <source>&amp;Settings</source>
            <translation>الإعدا&amp;دات</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="331" />
            <source>&amp;Language</source>
            <translation>الل&amp;غة</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="343" />
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="344" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>اختصارات &amp;لوحة المفاتيح</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="346" />
            <source>&amp;About Sanad</source>
            <translation>&amp;حول سند</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="348" />
            <source>Paste Article</source>
            <translation>لصق مقالة</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="369" />
            <source>Opening the library…</source>
            <translation>جارٍ فتح المكتبة…</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="432" />
            <source>Open Library</source>
            <translation>فتح مكتبة</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="433" />
            <source>Sanad library (*.sqlite *.db);;All files (*)</source>
            <translation>مكتبة سند (*.sqlite *.db);;كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="440" />
            <source>Open Article</source>
            <translation>فتح مقالة</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="564" />
            <source>(untitled article)</source>
            <translation>(مقالة بلا عنوان)</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="571" />
            <source>Untitled</source>
            <translation>بلا عنوان</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/window.py" line="629" />
            <source>%n mention(s)</source>
            <translation>
                <numerusform>لا ذِكر</numerusform>
                <numerusform>ذِكر واحد</numerusform>
                <numerusform>ذِكران</numerusform>
                <numerusform>%n مرات ذِكر</numerusform>
                <numerusform>%n مرة ذِكر</numerusform>
                <numerusform>%n مرة ذِكر</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="814" />
            <source>About Sanad</source>
            <translation>حول سند</translation>
        </message>
        <message>
            <location filename="../../app/window.py" line="815" />
            <source>Sanad — an offline reading assistant for Arabic news: who said what, names and places, and your notes, on your computer only.</source>
            <translation>سند — مساعد لقراءة الأخبار العربية دون اتصال: من قال ماذا، والأسماء والأماكن، وملاحظاتك، على حاسوبك وحده.</translation>
        </message>
        <message>
            <source>Export Articles &amp;Listed in the Library</source>
            <translation>تصدير المقالات الم&amp;درجة في المكتبة</translation>
        </message>
        <message>
            <source>What a Speaker Said &amp;Across the Library…</source>
            <translation>ما &amp;قاله متحدث في المكتبة كلها…</translation>
        </message>
        <message>
            <source>&amp;Clear Selection or Close Find</source>
            <translation>&amp;إلغاء التحديد أو إغلاق البحث</translation>
        </message>
        <message>
            <source>&amp;Find in Article</source>
            <translation>&amp;البحث في المقال</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;التفضيلات…</translation>
        </message>
        <message>
            <source>&amp;Previous Hit or Mention</source>
            <translation>النتيجة أو الذكر ال&amp;سابق</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;طباعة…</translation>
        </message>
        <message>
            <source>&amp;Reading Mode</source>
            <translation>&amp;وضع القراءة</translation>
        </message>
        <message>
            <source>Next Hit or &amp;Mention</source>
            <translation>ال&amp;نتيجة أو الذكر التالي</translation>
        </message>
        <message>
            <source>&amp;New Library…</source>
            <translation>مكتبة جد&amp;يدة…</translation>
        </message>
        <message>
            <source>&amp;Recent Libraries</source>
            <translation>المكتبات الحدي&amp;ثة</translation>
        </message>
        <message>
            <source>New Library</source>
            <translation>مكتبة جديدة</translation>
        </message>
        <message>
            <source>New Library…</source>
            <translation>مكتبة جديدة…</translation>
        </message>
        <message>
            <source>Open Li&amp;brary…</source>
            <translation>فتح م&amp;كتبة…</translation>
        </message>
        <message>
            <source>Open Library…</source>
            <translation>فتح مكتبة…</translation>
        </message>
        <message>
            <source>Read-only library: changes are not saved</source>
            <translation>مكتبة للقراءة فقط: لا تُحفظ التغييرات</translation>
        </message>
        <message>
            <source>This library cannot be written: articles open and are analysed, but nothing (notes, tags, imports, analyses) is saved. Use File &gt; New Library… or Open Library… to work in a writable one.</source>
            <translation>لا يمكن الكتابة في هذه المكتبة: تُفتح المقالات وتُحلَّل، لكن لا يُحفظ شيء (الملاحظات والوسوم والاستيراد والتحليلات). استخدم ملف &gt; مكتبة جديدة… أو فتح مكتبة… للعمل في مكتبة قابلة للكتابة.</translation>
        </message>
        <message>
            <source>{0} already exists: use File &gt; Open Library… to open it.</source>
            <translation>{0} موجود من قبل: استخدم ملف &gt; فتح مكتبة… لفتحه.</translation>
        </message>
        <message>
            <source>{0} — Sanad</source>
            <translation>{0} — سند</translation>
        </message>
    </context>
    <context>
        <name>NamesPanel</name>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>a transliteration, not an established English name</source>
            <translation>نقل حرفي، لا اسم إنجليزي معتمد</translation>
        </message>
        <message>
            <source>an established form, from a list or the names dictionary</source>
            <translation>صيغة معتمدة، من قائمة أو من معجم الأسماء</translation>
        </message>
        <message>
            <source>composed</source>
            <translation>مركّبة</translation>
        </message>
        <message>
            <source>composed by translating the name's words</source>
            <translation>مركّبة بترجمة كلمات الاسم</translation>
        </message>
        <message>
            <source>composed, name transliterated</source>
            <translation>مركّبة، والاسم منقول حرفيًا</translation>
        </message>
        <message>
            <source>dictionary</source>
            <translation>المعجم</translation>
        </message>
        <message>
            <source>glossary</source>
            <translation>المسرد</translation>
        </message>
        <message>
            <source>known names</source>
            <translation>الأسماء المعروفة</translation>
        </message>
        <message>
            <source>model</source>
            <translation>النموذج</translation>
        </message>
        <message>
            <source>names dictionary</source>
            <translation>معجم الأسماء</translation>
        </message>
        <message>
            <source>news list</source>
            <translation>قائمة الأخبار</translation>
        </message>
        <message>
            <source>translation</source>
            <translation>ترجمة</translation>
        </message>
        <message>
            <source>transliteration</source>
            <translation>نقل حرفي</translation>
        </message>
        <message>
            <location filename="../../app/panels/names.py" line="142" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location filename="../../app/panels/names.py" line="142" />
            <source>Letters (HSB)</source>
            <translation>الحروف (HSB)</translation>
        </message>
        <message>
            <location filename="../../app/panels/names.py" line="143" />
            <source>English</source>
            <translation>الإنجليزية</translation>
        </message>
        <message>
            <location filename="../../app/panels/names.py" line="143" />
            <source>Other spellings</source>
            <translation>كتابات أخرى</translation>
        </message>
        <message>
            <location filename="../../app/panels/names.py" line="144" />
            <source>In the library</source>
            <translation>في المكتبة</translation>
        </message>
        <message>
            <location filename="../../app/panels/names.py" line="148" />
            <source>Double-click (or F2) an English form to record it in your glossary; it then comes first everywhere.</source>
            <translation>انقر مرتين (أو F2) على الصيغة الإنجليزية لتسجيلها في مسردك؛ فتتقدّم بعدها في كل مكان.</translation>
        </message>
        <message>
            <location filename="../../app/panels/names.py" line="186" />
            <source>Finding spellings…</source>
            <translation>جارٍ البحث عن طرق الكتابة…</translation>
        </message>
        <message>
            <location filename="../../app/panels/names.py" line="194" />
            <source>Name spellings could not be computed: {0}</source>
            <translation>تعذّر حساب طرق كتابة الأسماء: {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/names.py" line="250" />
            <source>Your glossary writes «{0}»</source>
            <translation>مسردك يكتب «{0}»</translation>
        </message>
        <message>
            <location filename="../../app/panels/names.py" line="252" />
            <source>Most articles in the library write «{0}»</source>
            <translation>أغلب مقالات المكتبة تكتب «{0}»</translation>
        </message>
        <message>
            <location filename="../../app/panels/names.py" line="254" />
            <source>«{0}»: {1} mentions in {2} articles</source>
            <translation>«{0}»: ذُكر {1} مرة في {2} مقالة</translation>
        </message>
        <message>
            <location filename="../../app/panels/names.py" line="259" />
            <source>from your glossary</source>
            <translation>من مسردك</translation>
        </message>
        <message>
            <location filename="../../app/panels/names.py" line="260" />
            <source>from the names dictionary</source>
            <translation>من قاموس الأسماء</translation>
        </message>
        <message>
            <location filename="../../app/panels/names.py" line="261" />
            <source>guessed by the transliteration model</source>
            <translation>تخمين نموذج النقل الحرفي</translation>
        </message>
        <message>
            <location filename="../../app/panels/names.py" line="233" />
            <source>English suggestions are not available in this installation.</source>
            <translation>اقتراحات الكتابة الإنجليزية غير متاحة في هذا التثبيت.</translation>
        </message>
        <message>
            <source>Names and their English forms</source>
            <translation>الأسماء وصيغها الإنجليزية</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <location filename="../../app/panels/notes.py" line="55" />
            <source>detached</source>
            <translation>منفصلة</translation>
        </message>
        <message>
            <location filename="../../app/panels/notes.py" line="57" />
            <source>The text this note was written on is no longer in the article; the note is kept with its quote.</source>
            <translation>النص الذي كُتبت عليه هذه الملاحظة لم يعد في المقالة؛ حُفظت الملاحظة مع اقتباسها.</translation>
        </message>
        <message>
            <location filename="../../app/panels/notes.py" line="66" />
            <source>Delete this note</source>
            <translation>احذف هذه الملاحظة</translation>
        </message>
        <message>
            <location filename="../../app/panels/notes.py" line="72" />
            <source>Write your note…</source>
            <translation>اكتب ملاحظتك…</translation>
        </message>
        <message>
            <location filename="../../app/panels/notes.py" line="78" />
            <source>Tags, separated by commas</source>
            <translation>وسوم، تفصل بينها فواصل</translation>
        </message>
        <message>
            <location filename="../../app/panels/notes.py" line="95" />
            <source>Speaker</source>
            <translation>متحدث</translation>
        </message>
        <message>
            <location filename="../../app/panels/notes.py" line="96" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location filename="../../app/panels/notes.py" line="98" />
            <source>On the whole article</source>
            <translation>على المقالة كلها</translation>
        </message>
        <message>
            <location filename="../../app/panels/notes.py" line="136" />
            <source>Select text in the article and press Ctrl+Shift+N to add a note.</source>
            <translation>حدّد نصًا في المقالة واضغط Ctrl+Shift+N لإضافة ملاحظة.</translation>
        </message>
        <message>
            <location filename="../../app/panels/notes.py" line="219" />
            <source>Notes are kept in the library; this article is not in it.</source>
            <translation>تُحفظ الملاحظات في المكتبة، وهذه المقالة ليست فيها.</translation>
        </message>
        <message>
            <source>A note: its text, its tags and a button to delete it; saved as you type.</source>
            <translation>ملاحظة: نصها ووسومها وزر لحذفها؛ تُحفظ أثناء الكتابة.</translation>
        </message>
        <message>
            <source>Note on {0}</source>
            <translation>ملاحظة على {0}</translation>
        </message>
        <message>
            <source>Note tags</source>
            <translation>وسوم الملاحظة</translation>
        </message>
        <message>
            <source>Note text</source>
            <translation>نص الملاحظة</translation>
        </message>
        <message>
            <source>What you write is saved as you type</source>
            <translation>ما تكتبه يُحفظ أثناء الكتابة</translation>
        </message>
    </context>
    <context>
        <name>PdfExport</name>
        <message>
            <location filename="../../app/export_pdf.py" line="67" />
            <source>Direct quote</source>
            <translation>اقتباس مباشر</translation>
        </message>
        <message>
            <location filename="../../app/export_pdf.py" line="68" />
            <source>Reported speech</source>
            <translation>كلام منقول</translation>
        </message>
        <message>
            <location filename="../../app/export_pdf.py" line="69" />
            <source>Partly quoted</source>
            <translation>اقتباس جزئي</translation>
        </message>
        <message>
            <location filename="../../app/export_pdf.py" line="156" />
            <source>Untitled article</source>
            <translation>مقالة بلا عنوان</translation>
        </message>
        <message>
            <location filename="../../app/export_pdf.py" line="174" />
            <source>Highlights:</source>
            <translation>دليل الألوان:</translation>
        </message>
        <message>
            <location filename="../../app/export_pdf.py" line="166" />
            <source>Who said what</source>
            <translation>من قال ماذا</translation>
        </message>
        <message>
            <location filename="../../app/export_pdf.py" line="235" />
            <source>Speaker</source>
            <translation>المتحدث</translation>
        </message>
        <message>
            <location filename="../../app/export_pdf.py" line="235" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../app/export_pdf.py" line="235" />
            <source>Statement</source>
            <translation>التصريح</translation>
        </message>
        <message>
            <location filename="../../app/export_pdf.py" line="244" />
            <source>Unattributed</source>
            <translation>غير منسوب</translation>
        </message>
        <message>
            <location filename="../../app/export_pdf.py" line="245" />
            <source>Anonymous source</source>
            <translation>مصدر مجهول</translation>
        </message>
        <message>
            <location filename="../../app/export_pdf.py" line="258" />
            <source>(detached: the text is no longer in the article)</source>
            <translation>(منفصلة: النص لم يعد في المقالة)</translation>
        </message>
        <message>
            <location filename="../../app/export_pdf.py" line="260" />
            <source>On the article</source>
            <translation>على المقالة</translation>
        </message>
        <message>
            <location filename="../../app/export_pdf.py" line="262" />
            <source>On {0}</source>
            <translation>على {0}</translation>
        </message>
    </context>
    <context>
        <name>ReaderController</name>
        <message numerus="yes">
            <source>%n mention(s)</source>
            <translation>
                <numerusform>لا ذِكر</numerusform>
                <numerusform>ذِكر واحد</numerusform>
                <numerusform>ذِكران</numerusform>
                <numerusform>%n مرات ذِكر</numerusform>
                <numerusform>%n مرة ذِكر</numerusform>
                <numerusform>%n مرة ذِكر</numerusform>
            </translation>
        </message>
        <message>
            <source>Add a Note on «{0}»</source>
            <translation>إضافة ملاحظة على «{0}»</translation>
        </message>
        <message>
            <source>Analysing…</source>
            <translation>جارٍ التحليل…</translation>
        </message>
        <message>
            <source>English Spelling</source>
            <translation>الكتابة الإنجليزية</translation>
        </message>
        <message>
            <source>Opening {0}…</source>
            <translation>جارٍ فتح {0}…</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>جارٍ الفتح…</translation>
        </message>
        <message>
            <source>Preferred English form of «{0}»:</source>
            <translation>الصيغة الإنجليزية المفضّلة لـ«{0}»:</translation>
        </message>
        <message>
            <source>Reading pasted text…</source>
            <translation>جارٍ قراءة النص الملصق…</translation>
        </message>
        <message>
            <source>Record the English Spelling of «{0}»…</source>
            <translation>تسجيل الكتابة الإنجليزية لـ«{0}»…</translation>
        </message>
        <message>
            <source>Sanad could not read this article: {0}</source>
            <translation>تعذّر على سند قراءة هذه المقالة: {0}</translation>
        </message>
        <message>
            <source>Select All Mentions of «{0}»</source>
            <translation>تحديد كل مرات ذِكر «{0}»</translation>
        </message>
        <message>
            <source>Statement ({0}) by {1}</source>
            <translation>تصريح ({0}) من {1}</translation>
        </message>
        <message>
            <source>The article is shown, but its analysis failed: {0}</source>
            <translation>عُرضت المقالة، لكن تحليلها فشل: {0}</translation>
        </message>
        <message>
            <source>The article was deleted from the library.</source>
            <translation>حُذفت المقالة من المكتبة.</translation>
        </message>
        <message>
            <source>The clipboard has no text to paste.</source>
            <translation>لا نص في الحافظة للصقه.</translation>
        </message>
        <message>
            <source>unattributed</source>
            <translation>غير منسوب</translation>
        </message>
        <message>
            <source>{0} entities, {1} claims</source>
            <translation>{0} كيانات، {1} تصريحات</translation>
        </message>
        <message>
            <source>{0} paragraphs, {1} words</source>
            <translation>{0} فقرات، {1} كلمة</translation>
        </message>
        <message numerus="yes">
            <source>{0}: %n mention(s) — F3 for the next</source>
            <translation>
                <numerusform>{0}: لا ذِكر</numerusform>
                <numerusform>{0}: ذِكر واحد — F3 للتالي</numerusform>
                <numerusform>{0}: ذِكران — F3 للتالي</numerusform>
                <numerusform>{0}: %n مرات ذِكر — F3 للتالي</numerusform>
                <numerusform>{0}: %n مرة ذِكر — F3 للتالي</numerusform>
                <numerusform>{0}: %n مرة ذِكر — F3 للتالي</numerusform>
            </translation>
        </message>
        <message>
            <source>Analysing block {0} of {1}…</source>
            <translation>تحليل الجزء {0} من {1}…</translation>
        </message>
        <message>
            <source>Analysis stopped: the highlights cover the part analysed.</source>
            <translation>أُوقف التحليل: الإبرازات تغطي الجزء الذي حُلِّل.</translation>
        </message>
        <message>
            <source>Checking names and speakers across the whole article…</source>
            <translation>مراجعة الأسماء والمتحدثين في المقالة كلها…</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../app/panels/shortcuts.py" line="30" />
            <source>Keyboard Shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <location filename="../../app/panels/shortcuts.py" line="33" />
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <location filename="../../app/panels/shortcuts.py" line="33" />
            <source>Shortcut</source>
            <translation>الاختصار</translation>
        </message>
        <message>
            <source>Close the list of shortcuts</source>
            <translation>أغلق قائمة الاختصارات</translation>
        </message>
        <message>
            <source>Ctrl+F finds words in the open article (in the library's list it searches the library); Ctrl+Shift+F always searches the whole library. F3 and Shift+F3 step through the hits of the find bar while it is open, otherwise through the mentions of the name you clicked.</source>
            <translation>⁨Ctrl+F⁩ يبحث عن كلمات في المقال المفتوح (وفي قائمة المكتبة يبحث في المكتبة)؛ و⁨Ctrl+Shift+F⁩ يبحث دائمًا في المكتبة كلها. ⁨F3⁩ و⁨Shift+F3⁩ للتنقل بين نتائج شريط البحث ما دام مفتوحًا، وإلا فبين مواضع ذكر الاسم الذي نقرت عليه.</translation>
        </message>
        <message>
            <source>Each action and the keys that do it</source>
            <translation>كل إجراء والمفاتيح التي تنفّذه</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
    </context>
    <context>
        <name>SpeakersPanel</name>
        <message>
            <source>inferred from «{0}»</source>
            <translation>مستنتَج من «{0}»</translation>
        </message>
        <message>
            <source>inferred</source>
            <translation>مستنتَج</translation>
        </message>
        <message>
            <source>«{0}» refers to the source named earlier</source>
            <translation>«{0}» تعود إلى المصدر المذكور قبلها</translation>
        </message>
        <message>
            <source>«{0}» refers to the holder of that title</source>
            <translation>«{0}» تعود إلى صاحب هذا اللقب</translation>
        </message>
        <message>
            <source>according to «{0}»</source>
            <translation>بحسب «{0}»</translation>
        </message>
        <message>
            <source>the rest of the same quotation</source>
            <translation>تتمة الاقتباس نفسه</translation>
        </message>
        <message>
            <location filename="../../app/panels/speakers.py" line="98" />
            <source>Unattributed</source>
            <translation>غير منسوب</translation>
        </message>
        <message>
            <location filename="../../app/panels/speakers.py" line="104" />
            <source>anonymous</source>
            <translation>مجهول</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/panels/speakers.py" line="110" />
            <source>%n statement(s)</source>
            <translation>
                <numerusform>لا تصريحات</numerusform>
                <numerusform>تصريح واحد</numerusform>
                <numerusform>تصريحان</numerusform>
                <numerusform>%n تصريحات</numerusform>
                <numerusform>%n تصريحًا</numerusform>
                <numerusform>%n تصريح</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/panels/speakers.py" line="124" />
            <source>Add a Note on This Speaker</source>
            <translation>إضافة ملاحظة على هذا المتحدث</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/panels/speakers.py" line="143" />
            <source>Show all %n statement(s)</source>
            <translation>
                <numerusform>لا تصريحات</numerusform>
                <numerusform>عرض التصريح</numerusform>
                <numerusform>عرض التصريحين</numerusform>
                <numerusform>عرض التصريحات الـ%n كلها</numerusform>
                <numerusform>عرض التصريحات الـ%n كلها</numerusform>
                <numerusform>عرض التصريحات الـ%n كلها</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/panels/speakers.py" line="174" />
            <source>Filter speakers and statements</source>
            <translation>صفِّ المتحدثين والتصريحات</translation>
        </message>
        <message>
            <location filename="../../app/panels/speakers.py" line="181" />
            <source>By appearance</source>
            <translation>حسب الظهور</translation>
        </message>
        <message>
            <location filename="../../app/panels/speakers.py" line="181" />
            <source>By number of statements</source>
            <translation>حسب عدد التصريحات</translation>
        </message>
        <message>
            <location filename="../../app/panels/speakers.py" line="186" />
            <source>No attributed statements yet.</source>
            <translation>لا تصريحات منسوبة بعد.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/panels/speakers.py" line="270" />
            <source>Show %n more speaker(s)</source>
            <translation>
                <numerusform>لا متحدثين آخرين</numerusform>
                <numerusform>عرض متحدث آخر</numerusform>
                <numerusform>عرض متحدثَين آخرَين</numerusform>
                <numerusform>عرض %n متحدثين آخرين</numerusform>
                <numerusform>عرض %n متحدثًا آخر</numerusform>
                <numerusform>عرض %n متحدث آخر</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything This Speaker Said in the Library…</source>
            <translation>كل ما قاله هذا المتحدث في المكتبة…</translation>
        </message>
        <message>
            <source>A speaker and their statements, in reading order.</source>
            <translation>متحدث وتصريحاته بترتيب ورودها.</translation>
        </message>
        <message>
            <source>By their first appearance in the article, or by their number of statements</source>
            <translation>حسب أول ظهور لهم في المقال، أو حسب عدد تصريحاتهم</translation>
        </message>
        <message>
            <source>List every statement of this speaker</source>
            <translation>اعرض كل تصريحات هذا المتحدث</translation>
        </message>
        <message>
            <source>List the speakers not shown yet</source>
            <translation>اعرض المتحدثين الذين لم يُعرضوا بعد</translation>
        </message>
        <message>
            <source>Order of the speakers</source>
            <translation>ترتيب المتحدثين</translation>
        </message>
        <message>
            <source>Press Enter to show this statement in the article.</source>
            <translation>اضغط Enter لعرض هذا التصريح في المقال.</translation>
        </message>
        <message>
            <source>Shows only the speakers and statements containing these words</source>
            <translation>يعرض فقط المتحدثين والتصريحات التي تحوي هذه الكلمات</translation>
        </message>
    </context>
    <context>
        <name>SpeakerTimeline</name>
        <message>
            <source>No dated statements</source>
            <translation>لا تصريحات مؤرَّخة</translation>
        </message>
        <message>
            <source>Statements over time</source>
            <translation>التصريحات عبر الزمن</translation>
        </message>
        <message>
            <source>month of {0}</source>
            <translation>شهر {0}</translation>
        </message>
        <message>
            <source>week of {0}</source>
            <translation>أسبوع {0}</translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s)</source>
            <translation>
                <numerusform>لا تصريحات</numerusform>
                <numerusform>تصريح واحد</numerusform>
                <numerusform>تصريحان</numerusform>
                <numerusform>%n تصريحات</numerusform>
                <numerusform>%n تصريحًا</numerusform>
                <numerusform>%n تصريح</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0}: %n statement(s)</source>
            <translation>
                <numerusform>{0}: لا تصريحات</numerusform>
                <numerusform>{0}: تصريح واحد</numerusform>
                <numerusform>{0}: تصريحان</numerusform>
                <numerusform>{0}: %n تصريحات</numerusform>
                <numerusform>{0}: %n تصريحًا</numerusform>
                <numerusform>{0}: %n تصريح</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SpeakerView</name>
        <message>
            <source>(date unknown)</source>
            <translation>(التاريخ غير معروف)</translation>
        </message>
        <message>
            <source>(no web address)</source>
            <translation>(بلا عنوان ويب)</translation>
        </message>
        <message>
            <source>(untitled article)</source>
            <translation>(مقالة بلا عنوان)</translation>
        </message>
        <message>
            <source>About</source>
            <translation>الموضوع</translation>
        </message>
        <message>
            <source>About (words in the statement)</source>
            <translation>عن (كلمات في التصريح)</translation>
        </message>
        <message>
            <source>As CSV…</source>
            <translation>بصيغة CSV…</translation>
        </message>
        <message>
            <source>As Markdown…</source>
            <translation>بصيغة Markdown…</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <source>Export Statements</source>
            <translation>تصدير التصريحات</translation>
        </message>
        <message>
            <source>Exported to {0}</source>
            <translation>صُدِّرت إلى {0}</translation>
        </message>
        <message>
            <source>Looking for «{0}»…</source>
            <translation>جارٍ البحث عن «{0}»…</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>No library is open.</source>
            <translation>لا مكتبة مفتوحة.</translation>
        </message>
        <message>
            <source>No statements by «{0}» about «{1}» in the library.</source>
            <translation>لا تصريحات لـ«{0}» عن «{1}» في المكتبة.</translation>
        </message>
        <message>
            <source>No statements by «{0}» in the library.</source>
            <translation>لا تصريحات لـ«{0}» في المكتبة.</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>الوسيلة الإعلامية</translation>
        </message>
        <message>
            <source>Per day</source>
            <translation>يوميًا</translation>
        </message>
        <message>
            <source>Per month</source>
            <translation>شهريًا</translation>
        </message>
        <message>
            <source>Per week</source>
            <translation>أسبوعيًا</translation>
        </message>
        <message>
            <source>Said here first; the same words are in {0} other statement(s)</source>
            <translation>قيلت هنا أولًا؛ الكلمات نفسها في {0} من التصريحات الأخرى</translation>
        </message>
        <message>
            <source>Same words also in {0} other statement(s); first: {1}, {2}, «{3}»</source>
            <translation>الكلمات نفسها في {0} من التصريحات الأخرى؛ أولها: {1}، {2}، «{3}»</translation>
        </message>
        <message>
            <source>Show Statements</source>
            <translation>اعرض التصريحات</translation>
        </message>
        <message>
            <source>Speaker, or a question: what did «فائز السراج» say about «طرابلس»</source>
            <translation>المتحدث، أو سؤال: ماذا قال «فائز السراج» عن «طرابلس»</translation>
        </message>
        <message>
            <source>Spellings merged</source>
            <translation>الكتابات المدمجة</translation>
        </message>
        <message>
            <source>Statements</source>
            <translation>التصريحات</translation>
        </message>
        <message>
            <source>Statements per day</source>
            <translation>التصريحات في كل يوم</translation>
        </message>
        <message>
            <source>Statements per month</source>
            <translation>التصريحات في كل شهر</translation>
        </message>
        <message>
            <source>Statements per outlet</source>
            <translation>التصريحات في كل وسيلة إعلامية</translation>
        </message>
        <message>
            <source>Statements per week</source>
            <translation>التصريحات في كل أسبوع</translation>
        </message>
        <message>
            <source>The export failed: {0}</source>
            <translation>تعذّر التصدير: {0}</translation>
        </message>
        <message>
            <source>The same words could not be looked up: {0}</source>
            <translation>تعذّر البحث عن الكلمات نفسها: {0}</translation>
        </message>
        <message>
            <source>The statements could not be read: {0}</source>
            <translation>تعذّرت قراءة التصريحات: {0}</translation>
        </message>
        <message>
            <source>Type a speaker's name.</source>
            <translation>اكتب اسم متحدث.</translation>
        </message>
        <message>
            <source>What a Speaker Said</source>
            <translation>ما قاله متحدث</translation>
        </message>
        <message>
            <source>What {0} Said</source>
            <translation>ما قاله {0}</translation>
        </message>
        <message>
            <source>about «{0}»</source>
            <translation>عن «{0}»</translation>
        </message>
        <message>
            <source>spellings merged: {0}</source>
            <translation>كتابات مدمجة: {0}</translation>
        </message>
        <message>
            <source>{0} statement(s) from articles without a date of their own are not counted.</source>
            <translation>لا تُحسب {0} من التصريحات من مقالات بلا تاريخ خاص بها.</translation>
        </message>
        <message>
            <source>{0} statements in {1} articles</source>
            <translation>{0} من التصريحات في {1} من المقالات</translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s)</source>
            <translation>
                <numerusform>لا تصريحات</numerusform>
                <numerusform>تصريح واحد</numerusform>
                <numerusform>تصريحان</numerusform>
                <numerusform>%n تصريحات</numerusform>
                <numerusform>%n تصريحًا</numerusform>
                <numerusform>%n تصريح</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n article(s)</source>
            <translation>
                <numerusform>في لا مقالات</numerusform>
                <numerusform>في مقالة واحدة</numerusform>
                <numerusform>في مقالتين</numerusform>
                <numerusform>في %n مقالات</numerusform>
                <numerusform>في %n مقالة</numerusform>
                <numerusform>في %n مقالة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s) without a date of their own are not on the timeline (listed by their import date, in italics)</source>
            <translation>
                <numerusform>لا تصريحات بلا تاريخ خاص بها</numerusform>
                <numerusform>تصريح واحد بلا تاريخ خاص به ليس على الخط الزمني (مرتَّب بتاريخ استيراده، بخط مائل)</numerusform>
                <numerusform>تصريحان بلا تاريخ خاص بهما ليسا على الخط الزمني (مرتَّبان بتاريخ استيرادهما، بخط مائل)</numerusform>
                <numerusform>%n تصريحات بلا تاريخ خاص بها ليست على الخط الزمني (مرتَّبة بتاريخ استيرادها، بخط مائل)</numerusform>
                <numerusform>%n تصريحًا بلا تاريخ خاص بها ليست على الخط الزمني (مرتَّبة بتاريخ استيرادها، بخط مائل)</numerusform>
                <numerusform>%n تصريح بلا تاريخ خاص بها ليست على الخط الزمني (مرتَّبة بتاريخ استيرادها، بخط مائل)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatementsModel</name>
        <message>
            <source> (this one)</source>
            <translation> (هذا التصريح)</translation>
        </message>
        <message>
            <source>(untitled article)</source>
            <translation>(مقالة بلا عنوان)</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>المقالة</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Imported on this day (the article's own date is not known)</source>
            <translation>تاريخ الاستيراد (تاريخ المقالة نفسها غير معروف)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Publication date</source>
            <translation>تاريخ النشر</translation>
        </message>
        <message>
            <source>Same words</source>
            <translation>الكلمات نفسها</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>التصريح</translation>
        </message>
        <message>
            <source>untitled</source>
            <translation>بلا عنوان</translation>
        </message>
        <message>
            <source>{0} (imported)</source>
            <translation>{0} (تاريخ الاستيراد)</translation>
        </message>
        <message numerus="yes">
            <source>%n other(s); first {0}, {1}</source>
            <translation>
                <numerusform>لا غيره؛ الأول {0}، {1}</numerusform>
                <numerusform>واحد غيره؛ الأول {0}، {1}</numerusform>
                <numerusform>اثنان غيره؛ الأول {0}، {1}</numerusform>
                <numerusform>%n غيره؛ الأول {0}، {1}</numerusform>
                <numerusform>%n غيره؛ الأول {0}، {1}</numerusform>
                <numerusform>%n غيره؛ الأول {0}، {1}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>first; %n other(s)</source>
            <translation>
                <numerusform>الأول؛ لا غيره</numerusform>
                <numerusform>الأول؛ وواحد غيره</numerusform>
                <numerusform>الأول؛ واثنان غيره</numerusform>
                <numerusform>الأول؛ و%n غيره</numerusform>
                <numerusform>الأول؛ و%n غيره</numerusform>
                <numerusform>الأول؛ و%n غيره</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The same words in %n statement(s), earliest first:</source>
            <translation>
                <numerusform>الكلمات نفسها في لا تصريحات:</numerusform>
                <numerusform>الكلمات نفسها في تصريح واحد:</numerusform>
                <numerusform>الكلمات نفسها في تصريحين، الأقدم أولًا:</numerusform>
                <numerusform>الكلمات نفسها في %n تصريحات، الأقدم أولًا:</numerusform>
                <numerusform>الكلمات نفسها في %n تصريحًا، الأقدم أولًا:</numerusform>
                <numerusform>الكلمات نفسها في %n تصريح، الأقدم أولًا:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Add Statement from Se&amp;lection…</source>
            <translation>إضافة تصريح من النص المحدَّد…</translation>
        </message>
        <message>
            <source>Export Statement Correc&amp;tions…</source>
            <translation>تصدير تصحيحات التصريحات…</translation>
        </message>
    </context>
    <context>
        <name>SpeakerDialog</name>
        <message>
            <source>Direct: the speaker's own words</source>
            <translation>مباشر: كلام المتحدث بنصّه</translation>
        </message>
        <message>
            <source>Indirect: reported speech</source>
            <translation>غير مباشر: كلام منقول</translation>
        </message>
    </context>
    <context>
        <name>SpeakersPanel</name>
        <message>
            <source>Change the Speaker…</source>
            <translation>تغيير المتحدث…</translation>
        </message>
        <message>
            <source>Copy with Source</source>
            <translation>نسخ مع المصدر</translation>
        </message>
        <message>
            <source>Merge Into</source>
            <translation>دمج في</translation>
        </message>
        <message>
            <source>Not a Statement</source>
            <translation>ليس تصريحًا</translation>
        </message>
        <message>
            <source>Redo Correction</source>
            <translation>إعادة التصحيح</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>إعادة التسمية…</translation>
        </message>
        <message>
            <source>Show the Sentence Around It</source>
            <translation>إظهار الجملة المحيطة به</translation>
        </message>
        <message>
            <source>Show the sentence around the statement</source>
            <translation>إظهار الجملة المحيطة بالتصريح</translation>
        </message>
        <message>
            <source>Split Off Statements…</source>
            <translation>فصل تصريحات إلى متحدث آخر…</translation>
        </message>
        <message>
            <source>Undo Correction</source>
            <translation>التراجع عن التصحيح</translation>
        </message>
        <message>
            <source>You corrected who said some of these statements.</source>
            <translation>صحّحتَ قائل بعض هذه التصريحات.</translation>
        </message>
        <message>
            <source>context</source>
            <translation>السياق</translation>
        </message>
        <message>
            <source>corrected</source>
            <translation>مصحَّح</translation>
        </message>
        <message>
            <source>speaker set by you</source>
            <translation>المتحدث حدّدتَه أنت</translation>
        </message>
    <message>
        <source>via «{0}»</source>
        <translation>عبر «{0}»</translation>
    </message>
    </context>
    <context>
        <name>SplitDialog</name>
        <message>
            <source>New speaker:</source>
            <translation>المتحدث الجديد:</translation>
        </message>
        <message>
            <source>Split the Speaker</source>
            <translation>فصل المتحدث</translation>
        </message>
        <message>
            <source>Statements of «{0}» to move:</source>
            <translation>تصريحات «{0}» المراد نقلها:</translation>
        </message>
    </context>
    <context>
        <name>StatementCorrections</name>
        <message>
            <source>A speaker cannot be merged with itself.</source>
            <translation>لا يمكن دمج متحدث في نفسه.</translation>
        </message>
        <message>
            <source>Add a Statement</source>
            <translation>إضافة تصريح</translation>
        </message>
        <message>
            <source>Add a statement by «{0}»</source>
            <translation>إضافة تصريح لـ«{0}»</translation>
        </message>
        <message>
            <source>Add as a Statement…</source>
            <translation>إضافة كتصريح…</translation>
        </message>
        <message>
            <source>Change the Speaker</source>
            <translation>تغيير المتحدث</translation>
        </message>
        <message>
            <source>Change the Speaker of This Statement…</source>
            <translation>تغيير متحدث هذا التصريح…</translation>
        </message>
        <message>
            <source>Copy the Statement with Its Source</source>
            <translation>نسخ التصريح مع مصدره</translation>
        </message>
        <message>
            <source>Corrections are saved in the library: open the article from a library you can write to.</source>
            <translation>تُحفظ التصحيحات في المكتبة: افتح المقال من مكتبة يمكن الكتابة فيها.</translation>
        </message>
        <message>
            <source>Corrections exported to {0}</source>
            <translation>صُدِّرت التصحيحات إلى {0}</translation>
        </message>
        <message>
            <source>Export Statement Corrections</source>
            <translation>تصدير تصحيحات التصريحات</translation>
        </message>
        <message>
            <source>Give to «{0}»</source>
            <translation>نسبته إلى «{0}»</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>Merge «{0}» into «{1}»</source>
            <translation>دمج «{0}» في «{1}»</translation>
        </message>
        <message>
            <source>New name for «{0}»:</source>
            <translation>الاسم الجديد لـ«{0}»:</translation>
        </message>
        <message>
            <source>Not a Statement</source>
            <translation>ليس تصريحًا</translation>
        </message>
        <message>
            <source>Not a statement</source>
            <translation>ليس تصريحًا</translation>
        </message>
        <message>
            <source>Open a library first.</source>
            <translation>افتح مكتبة أولًا.</translation>
        </message>
        <message>
            <source>Rename the Speaker</source>
            <translation>إعادة تسمية المتحدث</translation>
        </message>
        <message>
            <source>Rename «{0}» to «{1}»</source>
            <translation>إعادة تسمية «{0}» إلى «{1}»</translation>
        </message>
        <message>
            <source>Select the words of the statement first.</source>
            <translation>حدِّد كلمات التصريح أولًا.</translation>
        </message>
        <message>
            <source>Split off to «{0}»</source>
            <translation>فصلها إلى «{0}»</translation>
        </message>
        <message>
            <source>Statement copied with its source.</source>
            <translation>نُسخ التصريح مع مصدره.</translation>
        </message>
        <message>
            <source>The correction could not be saved: {0}</source>
            <translation>تعذّر حفظ التصحيح: {0}</translation>
        </message>
        <message>
            <source>The corrections could not be exported: {0}</source>
            <translation>تعذّر تصدير التصحيحات: {0}</translation>
        </message>
        <message>
            <source>Tick the statements to move to the new speaker.</source>
            <translation>أشِّر على التصريحات المراد نقلها إلى المتحدث الجديد.</translation>
        </message>
        <message>
            <source>Type the speaker's name.</source>
            <translation>اكتب اسم المتحدث.</translation>
        </message>
        <message>
            <source>Who says this? Pick a speaker of the article or type a name:</source>
            <translation>من قائل هذا؟ اختر متحدثًا من المقال أو اكتب اسمًا:</translation>
        </message>
        <message>
            <source>«{0}»

Who says it?</source>
            <translation>«{0}»

من قائله؟</translation>
        </message>
    </context>
    <context>
        <name>Byline</name>
        <message>
            <source>Edit details…</source>
            <translation>تعديل التفاصيل…</translation>
        </message>
        <message>
            <source>Only an article in the library can have its details edited.</source>
            <translation>لا تُعدَّل التفاصيل إلا لمقالة محفوظة في المكتبة.</translation>
        </message>
        <message>
            <source>The article's own outlet, author, date and web address (the address is never opened).</source>
            <translation>وسيلة النشر والكاتب والتاريخ وعنوان الويب كما في المقالة نفسها (لا يُفتح العنوان أبدًا).</translation>
        </message>
        <message>
            <source>The details were not saved: {0}</source>
            <translation>لم تُحفظ التفاصيل: {0}</translation>
        </message>
        <message>
            <source>This article has no older versions.</source>
            <translation>ليست لهذه المقالة نسخ أقدم.</translation>
        </message>
        <message numerus="yes">
            <source>Older versions (%n)…</source>
            <translation>
                <numerusform>لا نسخ أقدم…</numerusform>
                <numerusform>نسخة أقدم واحدة…</numerusform>
                <numerusform>نسختان أقدم…</numerusform>
                <numerusform>%n نسخ أقدم…</numerusform>
                <numerusform>%n نسخة أقدم…</numerusform>
                <numerusform>%n نسخة أقدم…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FileOpen</name>
        <message>
            <source>Articles ({0});;All files (*)</source>
            <translation>المقالات ({0});;كل الملفات (*)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Article</source>
            <translation>&amp;المقالة</translation>
        </message>
        <message>
            <source>Edit &amp;Details…</source>
            <translation>تعديل ال&amp;تفاصيل…</translation>
        </message>
        <message>
            <source>Older &amp;Versions…</source>
            <translation>ال&amp;نسخ الأقدم…</translation>
        </message>
    </context>
    <context>
        <name>MetadataDialog</name>
        <message>
            <source>&amp;Author:</source>
            <translation>ال&amp;كاتب:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>ال&amp;تاريخ:</translation>
        </message>
        <message>
            <source>&amp;Outlet:</source>
            <translation>&amp;وسيلة النشر:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>ال&amp;عنوان:</translation>
        </message>
        <message>
            <source>&amp;Web address:</source>
            <translation>&amp;عنوان الويب:</translation>
        </message>
        <message>
            <source>Article Details</source>
            <translation>تفاصيل المقالة</translation>
        </message>
        <message>
            <source>Corrected details are kept when the article is imported again.</source>
            <translation>تبقى التفاصيل المصحّحة عند استيراد المقالة مرة أخرى.</translation>
        </message>
        <message>
            <source>YYYY-MM-DD, or as the article writes it: 28 آب 2013</source>
            <translation>سنة-شهر-يوم، أو كما تكتبه المقالة: 28 آب 2013</translation>
        </message>
        <message>
            <source>«{0}» is not a date Sanad can read: write it as YYYY-MM-DD, e.g. 2013-08-28.</source>
            <translation>«{0}» ليس تاريخًا يقرؤه سند: اكتبه بالصيغة YYYY-MM-DD، مثل 2013-08-28.</translation>
        </message>
    </context>
    <context>
        <name>OcrOffer</name>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>OCR</source>
            <translation>التعرّف الضوئي على النص</translation>
        </message>
        <message>
            <source>OCR was cancelled.</source>
            <translation>أُلغي التعرّف الضوئي على النص.</translation>
        </message>
        <message>
            <source>Recognise Text (OCR)</source>
            <translation>التعرّف على النص (OCR)</translation>
        </message>
        <message>
            <source>Recognising page {0} of {1}…</source>
            <translation>جارٍ التعرّف على الصفحة {0} من {1}…</translation>
        </message>
        <message>
            <source>Recognising the text of {0}…</source>
            <translation>جارٍ التعرّف على نص {0}…</translation>
        </message>
        <message>
            <source>Sanad can recognise its text with OCR (Tesseract, installed on this computer). It takes a few seconds per page; check the text against the scan.</source>
            <translation>يستطيع سند التعرّف على نصه ضوئيًا (ببرنامج Tesseract المثبّت على هذا الحاسوب). يستغرق ذلك بضع ثوانٍ لكل صفحة؛ راجع النص مقابل المسح الضوئي.</translation>
        </message>
        <message>
            <source>Scanned Document</source>
            <translation>مستند ممسوح ضوئيًا</translation>
        </message>
        <message>
            <source>The text could not be recognised: {0}</source>
            <translation>تعذّر التعرّف على النص: {0}</translation>
        </message>
        <message>
            <source>{0} is a scanned document without a text layer.</source>
            <translation>{0} مستند ممسوح ضوئيًا بلا طبقة نص.</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>p. {0}</source>
            <translation>ص {0}</translation>
        </message>
    </context>
    <context>
        <name>VersionsDialog</name>
        <message>
            <source>Older Versions</source>
            <translation>النسخ الأقدم</translation>
        </message>
        <message>
            <source>The article is shown in its latest version; these are the texts it had before (read-only).</source>
            <translation>تُعرض المقالة بأحدث نسخها؛ وهذه نصوصها السابقة (للقراءة فقط).</translation>
        </message>
        <message numerus="yes">
            <source>Until {0} · %n word(s)</source>
            <translation>
                <numerusform>حتى {0} · لا كلمات</numerusform>
                <numerusform>حتى {0} · كلمة واحدة</numerusform>
                <numerusform>حتى {0} · كلمتان</numerusform>
                <numerusform>حتى {0} · %n كلمات</numerusform>
                <numerusform>حتى {0} · %n كلمة</numerusform>
                <numerusform>حتى {0} · %n كلمة</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Close the find bar</source>
            <translation>أغلق شريط البحث</translation>
        </message>
        <message>
            <source>Close the find bar and remove its highlights (Escape)</source>
            <translation>أغلق شريط البحث وأزل إبرازه (Escape)</translation>
        </message>
        <message>
            <source>Find in the article</source>
            <translation>البحث في المقال</translation>
        </message>
        <message>
            <source>Find in the article (Ctrl+F)</source>
            <translation>ابحث في المقال (Ctrl+F)</translation>
        </message>
        <message>
            <source>Go to the next hit (F3)</source>
            <translation>انتقل إلى النتيجة التالية (F3)</translation>
        </message>
        <message>
            <source>Go to the previous hit (Shift+F3)</source>
            <translation>انتقل إلى النتيجة السابقة (Shift+F3)</translation>
        </message>
        <message>
            <source>Next hit</source>
            <translation>النتيجة التالية</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>لا نتائج</translation>
        </message>
        <message>
            <source>Number of hits</source>
            <translation>عدد النتائج</translation>
        </message>
        <message>
            <source>Previous hit</source>
            <translation>النتيجة السابقة</translation>
        </message>
        <message>
            <source>Which hit is shown, of how many</source>
            <translation>رقم النتيجة المعروضة من مجموع النتائج</translation>
        </message>
        <message>
            <source>Words to find in the open article; diacritics and spelling variants of alef are ignored. Enter or F3 for the next hit, Shift+F3 for the previous, Escape closes.</source>
            <translation>كلمات تبحث عنها في المقال المفتوح، بصرف النظر عن التشكيل وصور الألف. Enter أو F3 للنتيجة التالية، وShift+F3 للسابقة، وEscape للإغلاق.</translation>
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation>{0} من {1}</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Article font:</source>
            <translation>خط المقال:</translation>
        </message>
        <message>
            <source>As the system</source>
            <translation>كما في النظام</translation>
        </message>
        <message>
            <source>Close without changing anything</source>
            <translation>أغلق دون تغيير شيء</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>داكن</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>حجم الخط:</translation>
        </message>
        <message>
            <source>How the article is shown, and the theme</source>
            <translation>طريقة عرض المقال، والمظهر</translation>
        </message>
        <message>
            <source>Keep these preferences</source>
            <translation>احفظ هذه التفضيلات</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>فاتح</translation>
        </message>
        <message>
            <source>Light or dark colours, or as the system chooses</source>
            <translation>ألوان فاتحة أو داكنة، أو كما يختار النظام</translation>
        </message>
        <message>
            <source>Line spacing:</source>
            <translation>تباعد الأسطر:</translation>
        </message>
        <message>
            <source>Noto Naskh Arabic (bundled)</source>
            <translation>Noto Naskh Arabic (مرفق)</translation>
        </message>
        <message>
            <source>Noto Sans Arabic (bundled)</source>
            <translation>Noto Sans Arabic (مرفق)</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>التفضيلات</translation>
        </message>
        <message>
            <source>The article's font size in points (also Ctrl++ and Ctrl+-)</source>
            <translation>حجم خط المقال بالنقاط (وأيضًا Ctrl++ وCtrl+-)</translation>
        </message>
        <message>
            <source>The font the article is shown in</source>
            <translation>الخط الذي يُعرض به المقال</translation>
        </message>
        <message>
            <source>The space between the article's lines, in percent</source>
            <translation>المسافة بين أسطر المقال، بالنسبة المئوية</translation>
        </message>
        <message>
            <source>The system's font</source>
            <translation>خط النظام</translation>
        </message>
        <message>
            <source>Theme:</source>
            <translation>المظهر:</translation>
        </message>
    </context>
    <context>
        <name>PrintArticle</name>
        <message>
            <source>Open an article to print it.</source>
            <translation>افتح مقالًا لطباعته.</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>معاينة الطباعة</translation>
        </message>
        <message>
            <source>Print the Article</source>
            <translation>طباعة المقال</translation>
        </message>
        <message>
            <source>The article's pages as they will be printed, with its highlights</source>
            <translation>صفحات المقال كما ستُطبع، مع إبرازها</translation>
        </message>
    </context>
    <context>
        <name>ArticleView</name>
        <message>
            <source>Article</source>
            <translation>المقال</translation>
        </message>
        <message>
            <source>The article's text, right to left, with its highlights; Ctrl+F finds in it, F3 goes to the next hit or mention</source>
            <translation>نص المقال من اليمين إلى اليسار مع إبرازه؛ Ctrl+F للبحث فيه، وF3 للانتقال إلى النتيجة أو الذكر التالي</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>Import a Folder…</source>
            <translation>استيراد مجلد…</translation>
        </message>
        <message>
            <source>Open an Article…</source>
            <translation>فتح مقالة…</translation>
        </message>
        <message>
            <source>Open or paste an Arabic article</source>
            <translation>افتح مقالة عربية أو الصقها</translation>
        </message>
        <message>
            <source>Open the Sample Article</source>
            <translation>فتح المقالة النموذجية</translation>
        </message>
        <message>
            <source>Paste an Article</source>
            <translation>لصق مقالة</translation>
        </message>
        <message>
            <source>Sanad highlights the people, organisations and places in it and lists who said what. Everything stays on this computer.</source>
            <translation>يُبرز سند الأشخاص والمنظمات والأماكن فيها ويعرض من قال ماذا. يبقى كل شيء على هذا الحاسوب.</translation>
        </message>
        <message>
            <source>You can also drop a file here, or press Ctrl+V to paste.</source>
            <translation>يمكنك أيضًا إفلات ملف هنا، أو الضغط على Ctrl+V للّصق.</translation>
        </message>
    </context>
    <context>
        <name>LibrarySwitch</name>
        <message>
            <source>No Recent Libraries</source>
            <translation>لا مكتبات حديثة</translation>
        </message>
    </context>
    <context>
        <name>UserMessages</name>
        <message>
            <source>A word list of Sanad could not be read; reinstall Sanad.</source>
            <translation>تعذّرت قراءة إحدى قوائم الكلمات في سند؛ أعد تثبيت سند.</translation>
        </message>
        <message>
            <source>Cannot create a library at {path}: the folder is read-only.</source>
            <translation>لا يمكن إنشاء مكتبة في {path}: المجلد للقراءة فقط.</translation>
        </message>
        <message>
            <source>Cannot create the library folder {path}: {reason}.</source>
            <translation>لا يمكن إنشاء مجلد المكتبة {path}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot read the library {path}: {reason}.</source>
            <translation>لا يمكن قراءة المكتبة {path}: {reason}.</translation>
        </message>
        <message>
            <source>Choose at least one article to export.</source>
            <translation>اختر مقالة واحدة على الأقل للتصدير.</translation>
        </message>
        <message>
            <source>Could not write {path}: {reason}.</source>
            <translation>تعذّرت كتابة {path}: {reason}.</translation>
        </message>
        <message>
            <source>No article text was found in this web page.</source>
            <translation>لم يُعثر على نص مقالة في صفحة الويب هذه.</translation>
        </message>
        <message>
            <source>Not enough disk space to back up the library before upgrading it; nothing was changed.</source>
            <translation>لا توجد مساحة كافية على القرص لنسخ المكتبة احتياطيًا قبل ترقيتها؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>OCR found no text in {name}.</source>
            <translation>لم يجد التعرّف الضوئي على الحروف نصًّا في {name}.</translation>
        </message>
        <message>
            <source>OCR needs Tesseract with Arabic data (tesseract-ocr-ara), which is not installed.</source>
            <translation>يحتاج التعرّف الضوئي على الحروف إلى Tesseract مع بيانات العربية (tesseract-ocr-ara)، وهو غير مثبَّت.</translation>
        </message>
        <message>
            <source>OCR was cancelled.</source>
            <translation>أُلغي التعرّف الضوئي على الحروف.</translation>
        </message>
        <message>
            <source>Something went wrong: {reason}</source>
            <translation>حدث خطأ: {reason}</translation>
        </message>
        <message>
            <source>Tesseract could not read the scan.</source>
            <translation>تعذّر على Tesseract قراءة المستند الممسوح.</translation>
        </message>
        <message>
            <source>The article is no longer in the library.</source>
            <translation>لم تعد المقالة في المكتبة.</translation>
        </message>
        <message>
            <source>The disk is full (or the library reached its size limit): the last change was not saved. Everything saved before is intact. Free some space and try again.</source>
            <translation>القرص ممتلئ (أو بلغت المكتبة حدّ حجمها): لم يُحفظ التغيير الأخير. كل ما حُفظ قبله سليم. أفرغ بعض المساحة وحاول مجددًا.</translation>
        </message>
        <message>
            <source>The library could not be used ({reason}).</source>
            <translation>تعذّر استخدام المكتبة ({reason}).</translation>
        </message>
        <message>
            <source>The library could not switch to safe (WAL) journaling; is it on a network drive?</source>
            <translation>تعذّر تحويل المكتبة إلى التدوين الآمن (WAL)؛ هل هي على قرص شبكي؟</translation>
        </message>
        <message>
            <source>The library file could not be read or written (disk error): the change was not saved.</source>
            <translation>تعذّرت قراءة ملف المكتبة أو الكتابة فيه (خطأ في القرص): لم يُحفظ التغيير.</translation>
        </message>
        <message>
            <source>The library file is damaged; it was left untouched. Open another library.</source>
            <translation>ملف المكتبة تالف؛ تُرك كما هو. افتح مكتبة أخرى.</translation>
        </message>
        <message>
            <source>The library file is read-only: the change was not saved.</source>
            <translation>ملف المكتبة للقراءة فقط: لم يُحفظ التغيير.</translation>
        </message>
        <message>
            <source>The library file {path} is read-only: you can read its articles, but nothing you change (notes, tags, new articles, analyses) is saved.</source>
            <translation>ملف المكتبة {path} للقراءة فقط: يمكنك قراءة مقالاتها، لكن لا يُحفظ شيء مما تغيّره (الملاحظات والوسوم والمقالات الجديدة والتحليلات).</translation>
        </message>
        <message>
            <source>The library is busy in another Sanad window: the change was not saved; try again in a moment.</source>
            <translation>المكتبة مشغولة في نافذة أخرى لسند: لم يُحفظ التغيير؛ حاول بعد لحظة.</translation>
        </message>
        <message>
            <source>The library is open read-only: changes cannot be saved.</source>
            <translation>المكتبة مفتوحة للقراءة فقط: لا يمكن حفظ التغييرات.</translation>
        </message>
        <message>
            <source>The library {path} needs upgrading, but its file is read-only.</source>
            <translation>المكتبة {path} تحتاج إلى ترقية، لكن ملفها للقراءة فقط.</translation>
        </message>
        <message>
            <source>The text analyser is incomplete; the article was kept without analysis.</source>
            <translation>محلّل النصوص ناقص؛ حُفظت المقالة دون تحليل.</translation>
        </message>
        <message>
            <source>The text encoding of {name} could not be recognised.</source>
            <translation>تعذّر التعرّف على ترميز النص في {name}.</translation>
        </message>
        <message>
            <source>There is no library at {path}.</source>
            <translation>لا توجد مكتبة في {path}.</translation>
        </message>
        <message>
            <source>There is no text to read.</source>
            <translation>لا يوجد نص للقراءة.</translation>
        </message>
        <message>
            <source>This library is open read-only: you can read it, but changes are not saved.</source>
            <translation>هذه المكتبة مفتوحة للقراءة فقط: يمكنك قراءتها، لكن التغييرات لا تُحفظ.</translation>
        </message>
        <message>
            <source>This library was saved by a newer version of Sanad. It is open read-only and will not be changed; update Sanad to edit it.</source>
            <translation>حُفظت هذه المكتبة بإصدار أحدث من سند. فُتحت للقراءة فقط ولن تتغيّر؛ حدِّث سند لتعديلها.</translation>
        </message>
        <message>
            <source>a disk error</source>
            <translation>خطأ في القرص</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>إنه مجلد</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>لا توجد صلاحية</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>القرص ممتلئ</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>القرص للقراءة فقط</translation>
        </message>
        <message>
            <source>the folder does not exist</source>
            <translation>المجلد غير موجود</translation>
        </message>
        <message>
            <source>{name} could not be read: {reason}.</source>
            <translation>تعذّرت قراءة {name}: {reason}.</translation>
        </message>
        <message>
            <source>{name} does not exist.</source>
            <translation>{name} غير موجود.</translation>
        </message>
        <message>
            <source>{name} has no article text.</source>
            <translation>لا يحتوي {name} على نص مقالة.</translation>
        </message>
        <message>
            <source>{name} has no text.</source>
            <translation>لا يحتوي {name} على نص.</translation>
        </message>
        <message>
            <source>{name} is a folder, not a file.</source>
            <translation>{name} مجلد وليس ملفًا.</translation>
        </message>
        <message>
            <source>{name} is a scanned document without a text layer. It can be read with OCR (Tesseract is installed).</source>
            <translation>{name} مستند ممسوح ضوئيًا بلا طبقة نص. يمكن قراءته بالتعرّف الضوئي على الحروف (Tesseract مثبَّت).</translation>
        </message>
        <message>
            <source>{name} is a scanned document without a text layer. Sanad can read it with OCR once Tesseract with Arabic data is installed.</source>
            <translation>{name} مستند ممسوح ضوئيًا بلا طبقة نص. يستطيع سند قراءته بالتعرّف الضوئي على الحروف بعد تثبيت Tesseract مع بيانات العربية.</translation>
        </message>
        <message>
            <source>{name} is empty.</source>
            <translation>{name} فارغ.</translation>
        </message>
        <message>
            <source>{name} is not a readable OpenDocument text.</source>
            <translation>{name} ليس مستند OpenDocument نصيًا قابلًا للقراءة.</translation>
        </message>
        <message>
            <source>{name} is not a readable PDF file.</source>
            <translation>{name} ليس ملف PDF قابلًا للقراءة.</translation>
        </message>
        <message>
            <source>{name} is not a readable RTF document.</source>
            <translation>{name} ليس مستند RTF قابلًا للقراءة.</translation>
        </message>
        <message>
            <source>{name} is not a readable Word document.</source>
            <translation>{name} ليس مستند Word قابلًا للقراءة.</translation>
        </message>
        <message>
            <source>{name} is protected by a password.</source>
            <translation>{name} محميّ بكلمة مرور.</translation>
        </message>
        <message>
            <source>{name} is too large ({size_mb} MB; the limit is {limit_mb} MB).</source>
            <translation>{name} كبير جدًا ({size_mb} م.ب؛ الحد {limit_mb} م.ب).</translation>
        </message>
        <message>
            <source>{name} looks like a binary file, not text: Sanad cannot read it.</source>
            <translation>يبدو {name} ملفًا ثنائيًا وليس نصًّا: لا يستطيع سند قراءته.</translation>
        </message>
        <message>
            <source>{name}: {suffix} files are not supported; save it as .docx, .odt, .rtf, .pdf, .txt or .html.</source>
            <translation>{name}: ملفات {suffix} غير مدعومة؛ احفظه بصيغة ⁨.docx⁩ أو ⁨.odt⁩ أو ⁨.rtf⁩ أو ⁨.pdf⁩ أو ⁨.txt⁩ أو ⁨.html⁩.</translation>
        </message>
        <message>
            <source>{path} is a folder; choose a library file instead.</source>
            <translation>{path} مجلد؛ اختر ملف مكتبة بدلًا منه.</translation>
        </message>
        <message>
            <source>{path} is damaged or is not a Sanad library. It was left untouched; open another library or start a new one (File &gt; Open Library… or New Library…).</source>
            <translation>{path} تالف أو ليس مكتبة لسند. تُرك كما هو؛ افتح مكتبة أخرى أو أنشئ مكتبة جديدة (ملف &gt; فتح مكتبة… أو مكتبة جديدة…).</translation>
        </message>
        <message>
            <source>a part of the path is not a folder</source>
            <translation>جزء من المسار ليس مجلدًا</translation>
        </message>
        <message>
            <source>the system refused ({0})</source>
            <translation>رفض النظام العملية ({0})</translation>
        </message>
    </context>
    <context>
        <name>AnalysisProgress</name>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Cancel the analysis</source>
            <translation>إلغاء التحليل</translation>
        </message>
        <message>
            <source>Stop analysing this article; the highlights found so far stay</source>
            <translation>إيقاف تحليل هذه المقالة؛ يبقى ما أُبرز حتى الآن</translation>
        </message>
    </context>
</TS>
