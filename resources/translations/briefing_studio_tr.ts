<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name></name>
    <message>
        <location filename="../../src/briefing_studio/gui/i18n.py" line="104"/>
        <source>{date} at {time}</source>
        <translation>{date} saat {time}</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/app.py" line="39"/>
        <source>The data folder {folder} cannot be used ({problem}): unsaved work is not kept for recovery, and errors are not logged to a file.</source>
        <translation>{folder} veri klasörü kullanılamıyor ({problem}): kaydedilmemiş çalışma kurtarma için saklanmıyor ve hatalar bir dosyaya yazılmıyor.</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/app.py" line="88"/>
        <source>Restore unsaved work</source>
        <translation>Kaydedilmemiş çalışmayı geri yükle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/app.py" line="89"/>
        <source>Briefing Studio did not close properly. Restore {document}, saved automatically on {when}?</source>
        <translation>Briefing Studio düzgün kapanmadı. {when} tarihinde kendiliğinden kaydedilen {document} geri yüklensin mi?</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/app.py" line="95"/>
        <source>Discard deletes these unsaved changes for good; the saved file {name} is not changed. Keep for later leaves them to be offered again at the next start.</source>
        <translation>Sil, kaydedilmemiş bu değişiklikleri kalıcı olarak siler; kayıtlı {name} dosyası değişmez. Sonraya bırak, bunları bir sonraki açılışta yeniden sunar.</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/app.py" line="100"/>
        <source>Discard deletes these unsaved changes for good; they were never saved to a file. Keep for later leaves them to be offered again at the next start.</source>
        <translation>Sil, kaydedilmemiş bu değişiklikleri kalıcı olarak siler; bunlar hiç bir dosyaya kaydedilmedi. Sonraya bırak, bunları bir sonraki açılışta yeniden sunar.</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/app.py" line="105"/>
        <source>&amp;Restore</source>
        <translation>&amp;Geri yükle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/app.py" line="106"/>
        <source>Open the unsaved changes to go on working</source>
        <translation>Çalışmayı sürdürmek için kaydedilmemiş değişiklikleri aç</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/app.py" line="108"/>
        <source>&amp;Keep for later</source>
        <translation>&amp;Sonraya bırak</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/app.py" line="109"/>
        <source>Leave the unsaved changes to be offered at the next start</source>
        <translation>Kaydedilmemiş değişiklikler bir sonraki açılışta yeniden sunulsun</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/app.py" line="111"/>
        <source>&amp;Discard</source>
        <translation>Si&amp;l</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/app.py" line="112"/>
        <source>Delete the unsaved changes for good</source>
        <translation>Kaydedilmemiş değişiklikleri kalıcı olarak sil</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/block_editors.py" line="55"/>
        <source>High</source>
        <translation>Yüksek</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/block_editors.py" line="55"/>
        <source>Medium</source>
        <translation>Orta</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/block_editors.py" line="55"/>
        <source>Low</source>
        <translation>Düşük</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/block_editors.py" line="56"/>
        <source>None</source>
        <translation>Yok</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/block_editors.py" line="71"/>
        <source>Text; **bold** and *italic* are kept as such</source>
        <translation>Metin; **kalın** ve *italik* yazım olduğu gibi korunur</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/block_editors.py" line="130"/>
        <source>Priority</source>
        <translation>Öncelik</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/block_editors.py" line="130"/>
        <location filename="../../src/briefing_studio/gui/block_editors.py" line="220"/>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/block_editors.py" line="131"/>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/block_editors.py" line="155"/>
        <source>Bullet {0}</source>
        <translation>Madde {0}</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/block_editors.py" line="269"/>
        <source>Priority:</source>
        <translation>Öncelik:</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/block_editors.py" line="271"/>
        <location filename="../../src/briefing_studio/gui/document.py" line="363"/>
        <source>Add bullet</source>
        <translation>Madde ekle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/block_editors.py" line="272"/>
        <location filename="../../src/briefing_studio/gui/block_editors.py" line="319"/>
        <source>Remove bullet</source>
        <translation>Maddeyi kaldır</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/block_editors.py" line="273"/>
        <location filename="../../src/briefing_studio/gui/document.py" line="369"/>
        <source>Sort by priority</source>
        <translation>Önceliğe göre sırala</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/block_editors.py" line="360"/>
        <source>Row {0}</source>
        <translation>Satır {0}</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/block_editors.py" line="367"/>
        <source>Column {0}</source>
        <translation>Sütun {0}</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/block_editors.py" line="369"/>
        <source>Double-click or press F2 to rename the column</source>
        <translation>Sütunun adını değiştirmek için çift tıklayın ya da F2&apos;ye basın</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/block_editors.py" line="425"/>
        <source>Caption (optional)</source>
        <translation>Açıklama (isteğe bağlı)</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/block_editors.py" line="430"/>
        <location filename="../../src/briefing_studio/gui/block_editors.py" line="488"/>
        <source>Add row</source>
        <translation>Satır ekle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/block_editors.py" line="431"/>
        <location filename="../../src/briefing_studio/gui/block_editors.py" line="495"/>
        <source>Remove row</source>
        <translation>Satırı kaldır</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/block_editors.py" line="432"/>
        <location filename="../../src/briefing_studio/gui/block_editors.py" line="507"/>
        <source>Add column</source>
        <translation>Sütun ekle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/block_editors.py" line="433"/>
        <location filename="../../src/briefing_studio/gui/block_editors.py" line="519"/>
        <source>Remove column</source>
        <translation>Sütunu kaldır</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="25"/>
        <source>Edit {name}</source>
        <translation>{name} alanını düzenle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="26"/>
        <source>Edit heading</source>
        <translation>Başlığı düzenle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="27"/>
        <source>Edit paragraph</source>
        <translation>Paragrafı düzenle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="28"/>
        <source>Edit bullet label</source>
        <translation>Madde etiketini düzenle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="29"/>
        <source>Edit bullet</source>
        <translation>Maddeyi düzenle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="30"/>
        <source>Edit table cell</source>
        <translation>Tablo hücresini düzenle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="31"/>
        <source>Edit caption</source>
        <translation>Resim yazısını düzenle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="32"/>
        <source>Edit alt text</source>
        <translation>Alternatif metni düzenle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="36"/>
        <source>title</source>
        <translation>Belge başlığı</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="37"/>
        <source>subtitle</source>
        <translation>Alt başlık</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="38"/>
        <source>doc type</source>
        <translation>Belge türü</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="39"/>
        <source>classification</source>
        <translation>Gizlilik derecesi</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="40"/>
        <source>reference</source>
        <translation>Sayı</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="41"/>
        <source>date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="42"/>
        <source>prepared for</source>
        <translation>Kime</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="43"/>
        <source>prepared by</source>
        <translation>Hazırlayan</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="44"/>
        <source>approved by</source>
        <translation>Onaylayan</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="45"/>
        <source>organisation</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="46"/>
        <source>source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="47"/>
        <source>version label</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="48"/>
        <source>language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="49"/>
        <source>contents</source>
        <translation>İçindekiler</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="50"/>
        <source>subject</source>
        <translation>Konu</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="51"/>
        <source>heading lines</source>
        <translation>Kurum başlığı</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="52"/>
        <source>attachments</source>
        <translation>Ekler</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="53"/>
        <source>distribution</source>
        <translation>Dağıtım</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="54"/>
        <source>signatory name</source>
        <translation>İmzalayan adı</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="55"/>
        <source>signatory title</source>
        <translation>İmzalayan unvanı</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="56"/>
        <source>signatory on behalf of</source>
        <translation>Adına imzalanan makam</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/commands.py" line="108"/>
        <source>Set priority</source>
        <translation>Öncelik belirle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/crash.py" line="37"/>
        <source>the error output</source>
        <translation>hata çıktısı</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/crash.py" line="66"/>
        <source>Unexpected error</source>
        <translation>Beklenmeyen hata</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/crash.py" line="67"/>
        <source>Something went wrong: {error}

Your work has been kept in a recovery file and you can go on working. The details are in {log}.</source>
        <translation>Bir sorun oluştu: {error}

Çalışmanız bir kurtarma dosyasında saklandı; çalışmaya devam edebilirsiniz. Ayrıntılar {log} dosyasında.</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/date_field.py" line="37"/>
        <source>24.11.2026 or 24 November 2026</source>
        <translation>24.11.2026 veya 24 Kasım 2026</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/date_field.py" line="46"/>
        <source>Alt+Down opens a calendar</source>
        <translation>Alt+Aşağı takvimi açar</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/date_field.py" line="49"/>
        <source>No date (type {examples})</source>
        <translation>Tarih yok ({examples} biçiminde yazın)</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/date_field.py" line="67"/>
        <source>Choose the date from a calendar</source>
        <translation>Tarihi takvimden seçin</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/date_field.py" line="135"/>
        <source>“{text}” is not a date: write it as {examples}. The briefing keeps its previous date until then.</source>
        <translation>“{text}” bir tarih değil: {examples} biçiminde yazın. Belge o zamana kadar önceki tarihini korur.</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/dialogs.py" line="37"/>
        <source>Leave out medium and low bullets</source>
        <translation>Orta ve düşük öncelikli maddeleri çıkar</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/dialogs.py" line="38"/>
        <source>Leave out low bullets</source>
        <translation>Düşük öncelikli maddeleri çıkar</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/dialogs.py" line="46"/>
        <source>Every bullet</source>
        <translation>Tüm maddeler</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/dialogs.py" line="111"/>
        <source>Ministry (A4)</source>
        <translation>Bakanlık (A4)</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/dialogs.py" line="111"/>
        <source>US Letter</source>
        <translation>ABD Letter kâğıdı</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/dialogs.py" line="112"/>
        <source>Ministerial Submission (A4)</source>
        <translation>Bakana sunuş (A4)</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/dialogs.py" line="113"/>
        <source>Turkish official correspondence</source>
        <translation>Resmî yazışma (Türkiye)</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/dialogs.py" line="139"/>
        <source>The language of menus and dialogs; it takes effect when Briefing Studio starts again</source>
        <translation>Menülerin ve iletişim kutularının dili; Briefing Studio yeniden başlatıldığında geçerli olur</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/dialogs.py" line="142"/>
        <source>The system&apos;s language</source>
        <translation>Sistemin dili</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/dialogs.py" line="163"/>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="872"/>
        <source>Export {format}</source>
        <translation>{format} olarak dışa aktar</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/dialogs.py" line="176"/>
        <source>&amp;Sort bullets from high to low priority</source>
        <translation>Maddeleri önceliğe göre yüksekten düşüğe &amp;sırala</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/dialogs.py" line="180"/>
        <source>None: the house style&apos;s own page and styles</source>
        <translation>Yok: kurum biçeminin kendi sayfa düzeni ve stilleri</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/dialogs.py" line="182"/>
        <source>Br&amp;owse...</source>
        <translation>Gö&amp;zat...</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/dialogs.py" line="190"/>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="86"/>
        <source>&amp;Classification</source>
        <translation>&amp;Gizlilik derecesi</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/dialogs.py" line="191"/>
        <source>&amp;House style</source>
        <translation>&amp;Kurum biçemi</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/dialogs.py" line="192"/>
        <source>&amp;Bullets</source>
        <translation>&amp;Maddeler</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/dialogs.py" line="195"/>
        <source>&amp;Word template</source>
        <translation>&amp;Word şablonu</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/dialogs.py" line="197"/>
        <source>&amp;Export</source>
        <translation>&amp;Dışa aktar</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/dialogs.py" line="219"/>
        <source>Word template</source>
        <translation>Word şablonu</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/dialogs.py" line="220"/>
        <source>Word documents (*.docx)</source>
        <translation>Word belgeleri (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/dialogs.py" line="230"/>
        <source>Preferences</source>
        <translation>Tercihler</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/dialogs.py" line="233"/>
        <source>Fills in &apos;Prepared by&apos; in new briefings</source>
        <translation>Yeni belgelerde &apos;Hazırlayan&apos; alanını doldurur</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/dialogs.py" line="239"/>
        <source> s</source>
        <translation> sn</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/dialogs.py" line="242"/>
        <source>Keep the previous version as NAME.briefing.bak</source>
        <translation>Önceki sürümü AD.briefing.bak olarak sakla</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/dialogs.py" line="246"/>
        <source>Your &amp;name</source>
        <translation>&amp;Adınız</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/dialogs.py" line="247"/>
        <source>Default &amp;house style</source>
        <translation>Varsayılan kurum &amp;biçemi</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/dialogs.py" line="248"/>
        <source>&amp;Autosave every</source>
        <translation>&amp;Otomatik kaydetme aralığı</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/dialogs.py" line="249"/>
        <source>&amp;Interface language</source>
        <translation>Arayüz &amp;dili</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/dialogs.py" line="250"/>
        <source>&amp;Backups</source>
        <translation>&amp;Yedekler</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/document.py" line="125"/>
        <source>Untitled</source>
        <translation>Adsız</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/document.py" line="292"/>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="600"/>
        <source>New section</source>
        <translation>Yeni bölüm</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/document.py" line="293"/>
        <source>Add section</source>
        <translation>Bölüm ekle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/document.py" line="298"/>
        <source>Duplicate section</source>
        <translation>Bölümü çoğalt</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/document.py" line="303"/>
        <source>Delete section</source>
        <translation>Bölümü sil</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/document.py" line="311"/>
        <source>Move section</source>
        <translation>Bölümü taşı</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/document.py" line="320"/>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="127"/>
        <source>Remove block</source>
        <translation>Bloğu kaldır</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/document.py" line="332"/>
        <source>Move block</source>
        <translation>Bloğu taşı</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/document.py" line="344"/>
        <location filename="../../src/briefing_studio/gui/figures.py" line="74"/>
        <source>Add figure</source>
        <translation>Şekil ekle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/document.py" line="349"/>
        <source>Replace image</source>
        <translation>Görseli değiştir</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/document.py" line="353"/>
        <source>Change figure width</source>
        <translation>Şekil genişliğini değiştir</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/document.py" line="387"/>
        <source>Paste cells</source>
        <translation>Hücreleri yapıştır</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/figures.py" line="35"/>
        <source>Cannot add the image</source>
        <translation>Görüntü eklenemiyor</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/figures.py" line="37"/>
        <source>No alt text: a reader who cannot see the picture learns nothing from it. Say what it shows.</source>
        <translation>Alternatif metin yok: resmi göremeyen bir okur ondan hiçbir şey öğrenemez. Neyi gösterdiğini yazın.</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/figures.py" line="66"/>
        <source>cannot read: {reason}</source>
        <translation>okunamıyor: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/figures.py" line="74"/>
        <source>Images ({patterns})</source>
        <translation>Görüntüler ({patterns})</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/figures.py" line="94"/>
        <source>the image on the clipboard</source>
        <translation>panodaki görüntü</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/figures.py" line="115"/>
        <source>Printed below the figure, numbered: Figure 1: ...</source>
        <translation>Şeklin altında numarasıyla basılır: Şekil 1: ...</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/figures.py" line="117"/>
        <source>What the picture shows, for those who cannot see it</source>
        <translation>Resmi göremeyenler için resmin ne gösterdiği</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/figures.py" line="130"/>
        <source>{percent} % of the text width</source>
        <translation>%{percent} (metin genişliğine göre)</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/figures.py" line="136"/>
        <source>Replace image...</source>
        <translation>Görüntüyü değiştir...</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/figures.py" line="140"/>
        <source>&amp;Caption</source>
        <translation>&amp;Açıklama</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/figures.py" line="140"/>
        <source>&amp;Alt text</source>
        <translation>Alter&amp;natif metin</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/figures.py" line="141"/>
        <source>&amp;Width</source>
        <translation>&amp;Genişlik</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/figures.py" line="181"/>
        <source>No alt text</source>
        <translation>Alternatif metin yok</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/find_dialog.py" line="42"/>
        <source>Find and Replace</source>
        <translation>Bul ve Değiştir</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/find_dialog.py" line="48"/>
        <source>Match &amp;case</source>
        <translation>&amp;Büyük/küçük harf duyarlı</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/find_dialog.py" line="50"/>
        <source>&amp;Whole words only</source>
        <translation>Yalnızca &amp;tam sözcükler</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/find_dialog.py" line="53"/>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Aranan:</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/find_dialog.py" line="54"/>
        <source>Re&amp;place with:</source>
        <translation>&amp;Yeni metin:</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/find_dialog.py" line="62"/>
        <source>Find &amp;next</source>
        <translation>&amp;Sonrakini bul</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/find_dialog.py" line="64"/>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="247"/>
        <source>Find pre&amp;vious</source>
        <translation>Ö&amp;ncekini bul</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/find_dialog.py" line="66"/>
        <source>&amp;Replace</source>
        <translation>&amp;Değiştir</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/find_dialog.py" line="67"/>
        <source>Replace &amp;all</source>
        <translation>Tü&amp;münü değiştir</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/find_dialog.py" line="68"/>
        <location filename="../../src/briefing_studio/gui/spelling_dialog.py" line="63"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/find_dialog.py" line="129"/>
        <location filename="../../src/briefing_studio/gui/find_dialog.py" line="204"/>
        <source>“{word}” is not in the briefing.</source>
        <translation>“{word}” belgede bulunamadı.</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/find_dialog.py" line="158"/>
        <source>Match {number} of {count}</source>
        <translation>Eşleşme {number} / {count}</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/find_dialog.py" line="171"/>
        <source>Replace</source>
        <translation>Değiştirme</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/find_dialog.py" line="191"/>
        <source>Replace all “{word}”</source>
        <translation>“{word}” için tümünü değiştirme</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/find_dialog.py" line="199"/>
        <source>Replaced 1 occurrence of “{word}”.</source>
        <translation>“{word}” 1 yerde değiştirildi.</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/find_dialog.py" line="201"/>
        <source>Replaced {count} occurrences of “{word}”.</source>
        <translation>“{word}” {count} yerde değiştirildi.</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="94"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="94"/>
        <source>Next or previous field (out of a table, too)</source>
        <translation>Sonraki ya da önceki alan (tablonun dışına da)</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="95"/>
        <source>Arrow keys in a table</source>
        <translation>Tabloda ok tuşları</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="95"/>
        <source>Move between cells</source>
        <translation>Hücreler arasında geçiş yap</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="96"/>
        <source>Enter or F2 on a cell, or just type</source>
        <translation>Hücrede Enter, F2 ya da doğrudan yazmak</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="96"/>
        <source>Edit the cell, the cursor at its end</source>
        <translation>Hücreyi düzenle (imleç metnin sonunda)</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="97"/>
        <source>Enter in a cell</source>
        <translation>Hücrede Enter</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="97"/>
        <source>Done; on to the cell below</source>
        <translation>Bitir ve alttaki hücreye geç</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="98"/>
        <source>Enter on or in the last bullet</source>
        <translation>Son maddenin üzerinde ya da içinde Enter</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="98"/>
        <source>Add a bullet and type it</source>
        <translation>Yeni madde ekle ve yaz</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="99"/>
        <source>Escape in a cell</source>
        <translation>Hücrede Esc</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="99"/>
        <source>Stop editing (what you typed is kept)</source>
        <translation>Düzenlemeyi bitir (yazdıklarınız korunur)</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="100"/>
        <source>Enter on a priority</source>
        <translation>Öncelik alanında Enter</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="100"/>
        <source>Drop down the priorities; Enter takes one</source>
        <translation>Öncelik listesini aç; Enter seçileni alır</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="101"/>
        <location filename="../../src/briefing_studio/gui/help.py" line="103"/>
        <source>{keys} in a table</source>
        <translation>Tabloda {keys}</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="102"/>
        <source>Paste cells from a spreadsheet or a Word table</source>
        <translation>Hesap tablosundan ya da Word tablosundan hücre yapıştır</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="103"/>
        <source>Copy the selected cells</source>
        <translation>Seçili hücreleri kopyala</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="104"/>
        <source>Up on a table&apos;s first row, F2 on a heading, or double-click it</source>
        <translation>Tablonun ilk satırında Yukarı, bir sütun başlığında F2 ya da çift tıklama</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="105"/>
        <source>Rename the column</source>
        <translation>Sütunun adını değiştir</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="106"/>
        <source>Alt+Down or F4 in the date</source>
        <translation>Tarihte Alt+Aşağı ya da F4</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="106"/>
        <source>Open the calendar; Enter takes the day</source>
        <translation>Takvimi aç; Enter günü seçer</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="107"/>
        <source>Alt+Down in a list of choices</source>
        <translation>Seçenek listesinde Alt+Aşağı</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="107"/>
        <source>Open the list</source>
        <translation>Listeyi aç</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="108"/>
        <source>Shift+F10 or the Menu key</source>
        <translation>Shift+F10 ya da Menü tuşu</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="109"/>
        <source>The field&apos;s menu: spelling suggestions, its language</source>
        <translation>Alanın menüsü: yazım önerileri, alanın dili</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="110"/>
        <source>Alt+the underlined letter of a label</source>
        <translation>Alt+etiketteki altı çizili harf</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="110"/>
        <source>Go to that field</source>
        <translation>O alana git</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="121"/>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="124"/>
        <source>Command</source>
        <translation>Komut</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="124"/>
        <source>Keys</source>
        <translation>Tuşlar</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="128"/>
        <source>In the editors</source>
        <translation>Düzenleyicilerde</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="192"/>
        <source>User guide</source>
        <translation>Kullanım kılavuzu</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="200"/>
        <source>The user guide cannot be shown. {reason}</source>
        <translation>Kullanım kılavuzu gösterilemiyor. {reason}</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="205"/>
        <source>Find (Enter for the next match)</source>
        <translation>Bul (sonraki eşleşme için Enter)</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="209"/>
        <source>&amp;Find</source>
        <translation>&amp;Bul</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/help.py" line="233"/>
        <source>Not found</source>
        <translation>Bulunamadı</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="24"/>
        <source>&amp;Title</source>
        <translation>&amp;Başlık</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="25"/>
        <source>Subtit&amp;le</source>
        <translation>Alt başl&amp;ık</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="26"/>
        <source>Document t&amp;ype</source>
        <translation>Belge t&amp;ürü</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="27"/>
        <source>&amp;Reference</source>
        <translation>&amp;Sayı</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="28"/>
        <source>Sub&amp;ject</source>
        <translation>&amp;Konu</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="29"/>
        <source>&amp;Prepared for</source>
        <translation>Ki&amp;me</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="30"/>
        <source>Prepared &amp;by</source>
        <translation>&amp;Hazırlayan</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="31"/>
        <source>&amp;Approved by</source>
        <translation>&amp;Onaylayan</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="32"/>
        <source>&amp;Organisation</source>
        <translation>K&amp;urum</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="33"/>
        <source>So&amp;urce</source>
        <translation>Ka&amp;ynak</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="34"/>
        <source>Versio&amp;n</source>
        <translation>Sü&amp;rüm</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="38"/>
        <source>Signatory na&amp;me</source>
        <translation>İm&amp;zalayanın adı</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="39"/>
        <source>Signatory&apos;s title</source>
        <translation>İmzalayanın unvanı</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="40"/>
        <source>On behalf of</source>
        <translation>Adına imzalanan makam</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="45"/>
        <source>Heading l&amp;ines</source>
        <translation>Kurum b&amp;aşlığı</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="46"/>
        <source>Attachments</source>
        <translation>Ekler</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="47"/>
        <source>Distribution</source>
        <translation>Dağıtım</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="51"/>
        <source>Add heading line</source>
        <translation>Başlık satırı ekle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="52"/>
        <source>Remove heading line</source>
        <translation>Başlık satırını kaldır</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="53"/>
        <source>Remove heading line {number}</source>
        <translation>{number}. başlık satırını kaldır</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="54"/>
        <source>Add attachment</source>
        <translation>Ek ekle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="55"/>
        <source>Remove attachment</source>
        <translation>Eki kaldır</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="56"/>
        <source>Remove attachment {number}</source>
        <translation>{number}. eki kaldır</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="57"/>
        <source>Add addressee</source>
        <translation>Alıcı ekle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="58"/>
        <source>Remove addressee</source>
        <translation>Alıcıyı kaldır</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="59"/>
        <source>Remove addressee {number}</source>
        <translation>{number}. alıcıyı kaldır</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="62"/>
        <source>Printed centred above the title: &quot;T.C.&quot;, the ministry, the unit</source>
        <translation>Başlığın üstünde ortalanarak basılır: &quot;T.C.&quot;, bakanlık, birim</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="64"/>
        <source>Listed after the signature; more than five have a page of their own</source>
        <translation>İmzadan sonra sıralanır; beşten fazla ek ayrı bir sayfada listelenir</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="66"/>
        <source>The addressees, listed after the attachments</source>
        <translation>Alıcılar; eklerden sonra sıralanır</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="77"/>
        <location filename="../../src/briefing_studio/gui/outline.py" line="55"/>
        <source>Document info</source>
        <translation>Belge bilgileri</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="87"/>
        <source>Lan&amp;guage</source>
        <translation>Di&amp;l</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="88"/>
        <source>Contents</source>
        <translation>İçindekiler</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="90"/>
        <source>&amp;Date</source>
        <translation>&amp;Tarih</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="96"/>
        <source>Every briefing needs a title</source>
        <translation>Her belgenin bir başlığı olmalı</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="103"/>
        <source>Letter</source>
        <translation>Resmi yazı</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="122"/>
        <source>Whom the signatory signs for: the Minister (&quot;Bakan a.&quot; in Turkish)</source>
        <translation>İmzalayanın kimin adına imzaladığı: örneğin Bakan adına &quot;Bakan a.&quot;</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="144"/>
        <source>The language of the document: its outputs print their words (priorities, labels, page numbers) in it</source>
        <translation>Belgenin dili: çıktılar kendi sözcüklerini (öncelikler, etiketler, sayfa numaraları) bu dilde basar</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="146"/>
        <source>The house style&apos;s</source>
        <translation>Kurum biçeminin dili</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="159"/>
        <source>A table of contents after the title block: automatic prints one from {sections} headings or {pages} pages on</source>
        <translation>Başlık bloğundan sonra içindekiler tablosu: Otomatik seçildiğinde en az {sections} başlık ya da {pages} sayfa olan belgelerde basılır</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="162"/>
        <source>Automatic</source>
        <translation>Otomatik</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="163"/>
        <source>Always</source>
        <translation>Her zaman</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="164"/>
        <source>Never</source>
        <translation>Hiçbir zaman</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/info_editor.py" line="215"/>
        <source>The title is empty</source>
        <translation>Başlık boş</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="79"/>
        <source>&amp;Briefing Note</source>
        <translation>&amp;Brifing notu</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="80"/>
        <source>&amp;Talking Points</source>
        <translation>&amp;Konuşma notları</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="81"/>
        <source>&amp;Ministerial Submission</source>
        <translation>&amp;Makam oluru</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="82"/>
        <source>&amp;Blank</source>
        <translation>B&amp;oş</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="88"/>
        <source>Briefings and importable text ({patterns})</source>
        <translation>Brifingler ve içe aktarılabilir metinler ({patterns})</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="89"/>
        <source>All files ({patterns})</source>
        <translation>Tüm dosyalar ({patterns})</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="147"/>
        <source>1 page</source>
        <translation>1 sayfa</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="147"/>
        <source>{count} pages</source>
        <translation>{count} sayfa</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="170"/>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="172"/>
        <source>&amp;Open...</source>
        <translation>&amp;Aç...</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="174"/>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="177"/>
        <source>New from &amp;clipboard</source>
        <translation>Panodan ye&amp;ni</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="179"/>
        <source>Paste as &amp;new briefing</source>
        <translation>Yeni brifing olarak ya&amp;pıştır</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="181"/>
        <source>Save &amp;As...</source>
        <translation>&amp;Farklı kaydet...</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="182"/>
        <source>Re&amp;vert to saved</source>
        <translation>Kayıtlı sürüme &amp;dön</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="183"/>
        <source>Restore the &amp;backup...</source>
        <translation>&amp;Yedeği geri yükle...</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="187"/>
        <source>Export &amp;{format}...</source>
        <translation>&amp;{format} olarak dışa aktar...</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="191"/>
        <source>&amp;Close</source>
        <translation>Kapa&amp;t</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="193"/>
        <source>&amp;Quit</source>
        <translation>&amp;Çıkış</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="195"/>
        <source>&amp;Print...</source>
        <translation>Ya&amp;zdır...</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="196"/>
        <source>&amp;User guide</source>
        <translation>&amp;Kullanım kılavuzu</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="198"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Kla&amp;vye kısayolları</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="199"/>
        <source>Pr&amp;eferences...</source>
        <translation>&amp;Tercihler...</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="202"/>
        <source>Add &amp;section</source>
        <translation>Bölüm &amp;ekle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="204"/>
        <source>D&amp;uplicate section</source>
        <translation>Bölümü &amp;çoğalt</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="206"/>
        <source>&amp;Delete section</source>
        <translation>Bölümü &amp;sil</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="208"/>
        <source>Move section &amp;up</source>
        <translation>Bölümü &amp;yukarı taşı</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="210"/>
        <source>Move section do&amp;wn</source>
        <translation>Bölümü &amp;aşağı taşı</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="214"/>
        <source>&amp;Merge with previous section</source>
        <translation>Önceki bölümle birleş&amp;tir</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="216"/>
        <source>Make &amp;heading</source>
        <translation>&amp;Başlık yap</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="218"/>
        <source>Go to &amp;outline</source>
        <translation>&amp;Ana hatta git</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="220"/>
        <source>Go to &amp;editor</source>
        <translation>&amp;Düzenleyiciye git</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="223"/>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="228"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="228"/>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Geri al: {step}</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="229"/>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="234"/>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="234"/>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Yinele: {step}</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="235"/>
        <source>&amp;Figure...</source>
        <translation>&amp;Şekil...</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="236"/>
        <source>Figure from &amp;clipboard</source>
        <translation>&amp;Panodan şekil</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="239"/>
        <source>Foot&amp;note...</source>
        <translation>&amp;Dipnot...</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="241"/>
        <source>&amp;Find...</source>
        <translation>&amp;Bul...</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="243"/>
        <source>&amp;Replace...</source>
        <translation>&amp;Değiştir...</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="245"/>
        <source>Find ne&amp;xt</source>
        <translation>&amp;Sonrakini bul</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="251"/>
        <source>Check &amp;spelling...</source>
        <translation>&amp;Yazım denetimi...</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="252"/>
        <source>&amp;Bold</source>
        <translation>&amp;Kalın</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="253"/>
        <source>&amp;Italic</source>
        <translation>&amp;İtalik</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="260"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="261"/>
        <source>&amp;New</source>
        <translation>&amp;Yeni</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="265"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Son kullanılanlar</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="276"/>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="287"/>
        <source>&amp;Section</source>
        <translation>&amp;Bölüm</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="294"/>
        <source>&amp;Insert</source>
        <translation>&amp;Ekle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="298"/>
        <source>&amp;Tools</source>
        <translation>&amp;Araçlar</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="300"/>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="302"/>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="305"/>
        <source>&amp;About Briefing Studio</source>
        <translation>Briefing Studio &amp;hakkında</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="306"/>
        <source>Main</source>
        <comment>toolbar</comment>
        <translation>Ana araç çubuğu</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="510"/>
        <source>Add figure: choose the section it belongs to in the outline first.</source>
        <translation>Şekil ekle: önce ana hatta şeklin ait olduğu bölümü seçin.</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="520"/>
        <source>Add figure from the clipboard: choose the section it belongs to in the outline first.</source>
        <translation>Panodan şekil ekle: önce ana hatta şeklin ait olduğu bölümü seçin.</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="526"/>
        <source>The clipboard holds no image to add.</source>
        <translation>Panoda eklenecek bir görsel yok.</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="539"/>
        <source>Insert footnote: put the cursor where the note belongs in a text.</source>
        <translation>Dipnot ekle: imleci bir metinde dipnotun geleceği yere getirin.</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="561"/>
        <source>Cannot write the recovery file: {error}</source>
        <translation>Kurtarma dosyası yazılamıyor: {error}</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="633"/>
        <source>Merge with previous section: choose a section below another one.</source>
        <translation>Önceki bölümle birleştir: başka bir bölümün altındaki bir bölümü seçin.</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="638"/>
        <source>Merge with previous section</source>
        <translation>Önceki bölümle birleştir</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="653"/>
        <source>Make heading: put the cursor in the paragraph that should be a heading.</source>
        <translation>Başlık yap: imleci başlık olacak paragrafa getirin.</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="657"/>
        <source>Make heading</source>
        <translation>Başlık yap</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="674"/>
        <source>Cannot paste as a new briefing</source>
        <translation>Yeni brifing olarak yapıştırılamıyor</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="680"/>
        <source>Pasted article</source>
        <translation>Yapıştırılan makale</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="685"/>
        <source>Pasted as a new briefing: {summary}.</source>
        <translation>Yeni brifing olarak yapıştırıldı: {summary}.</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="703"/>
        <source>Open briefing</source>
        <translation>Brifing aç</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="722"/>
        <source>Cannot open file</source>
        <translation>Dosya açılamıyor</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="725"/>
        <source>Copy of {name}</source>
        <translation>{name} kopyası</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="782"/>
        <source>Revert to saved</source>
        <translation>Kayıtlı sürüme dön</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="783"/>
        <source>Discard every change since {name} was last saved?</source>
        <translation>{name} son kaydedildiğinden beri yapılan tüm değişiklikler atılsın mı?</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="798"/>
        <source>Cannot restore the backup</source>
        <translation>Yedek geri yüklenemiyor</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="807"/>
        <source>The backup of {name} is open: save to keep it.</source>
        <translation>{name} yedeği açık: saklamak için kaydedin.</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="818"/>
        <source>Save briefing</source>
        <translation>Brifingi kaydet</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="819"/>
        <source>Briefings ({patterns})</source>
        <translation>Brifingler ({patterns})</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="834"/>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="845"/>
        <source>Cannot save</source>
        <translation>Kaydedilemiyor</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="835"/>
        <source>it is open by {who}; save under another name</source>
        <translation>{who} tarafından açık; başka bir adla kaydedin</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="858"/>
        <source>Saved {path}. The Date field says “{date}”, which is not a date: the briefing was saved with its previous date.</source>
        <translation>{path} kaydedildi. Tarih alanındaki “{date}” bir tarih değil: brifing önceki tarihiyle kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="862"/>
        <source>Saved {path}</source>
        <translation>{path} kaydedildi</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="882"/>
        <source>Cannot export {format}</source>
        <translation>{format} olarak dışa aktarılamıyor</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="886"/>
        <source>Exported {path}</source>
        <translation>{path} dışa aktarıldı</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="888"/>
        <source>Exported {path}; {warning}</source>
        <translation>{path} dışa aktarıldı; {warning}</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="897"/>
        <source>Save the changes to {name}?</source>
        <translation>{name} belgesindeki değişiklikler kaydedilsin mi?</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="911"/>
        <source>No recent files</source>
        <translation>Son kullanılan dosya yok</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="926"/>
        <source>The interface language changes when Briefing Studio starts again.</source>
        <translation>Arayüz dili, Briefing Studio yeniden başlatıldığında değişir.</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="938"/>
        <source>Sent to the printer</source>
        <translation>Yazıcıya gönderildi</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="953"/>
        <source>About {app}</source>
        <translation>{app} hakkında</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="954"/>
        <source>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;Draft briefings; export PDF and DOCX.&lt;br&gt;Fonts: Liberation and Noto (SIL Open Font Licence).</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;Brifing taslakları hazırlayın; PDF ve DOCX olarak dışa aktarın.&lt;br&gt;Yazı tipleri: Liberation ve Noto (SIL Open Font Lisansı).</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="962"/>
        <source>{name} (read-only)</source>
        <translation>{name} (salt okunur)</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="965"/>
        <source>Unsaved changes</source>
        <translation>Kaydedilmemiş değişiklikler</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="965"/>
        <source>Saved</source>
        <translation>Kaydedildi</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="973"/>
        <source>{selected} of {count} words</source>
        <translation>{selected} / {count} sözcük</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="975"/>
        <source>{count} words</source>
        <translation>{count} sözcük</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="977"/>
        <source>{minutes} min read</source>
        <translation>{minutes} dk okuma</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/main_window.py" line="978"/>
        <source>under 1 min read</source>
        <translation>1 dakikadan kısa okuma</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/notes.py" line="38"/>
        <location filename="../../src/briefing_studio/gui/notes.py" line="111"/>
        <source>Edit footnote</source>
        <translation>Dipnotu düzenle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/notes.py" line="38"/>
        <location filename="../../src/briefing_studio/gui/notes.py" line="111"/>
        <source>Insert footnote</source>
        <translation>Dipnot ekle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/notes.py" line="45"/>
        <source>The source or the remark, as it should print at the foot of the page</source>
        <translation>Sayfanın altında basılacağı biçimiyle kaynak ya da açıklama</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/notes.py" line="47"/>
        <source>&amp;Footnote text (printed at the foot of the page):</source>
        <translation>&amp;Dipnot metni (sayfanın altında basılır):</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/outline.py" line="67"/>
        <source>Lead</source>
        <translation>Giriş</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/outline.py" line="69"/>
        <source>Untitled section</source>
        <translation>Başlıksız bölüm</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/outline.py" line="75"/>
        <source>Text before the first heading</source>
        <translation>İlk başlıktan önceki metin</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/outline.py" line="77"/>
        <source>{heading} (starts a new page)</source>
        <translation>{heading} (yeni sayfada başlar)</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/preview.py" line="126"/>
        <source>Preview</source>
        <translation>Önizleme</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/preview.py" line="173"/>
        <source>Preview navigation</source>
        <translation>Önizleme gezintisi</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/preview.py" line="177"/>
        <source>Previous page</source>
        <translation>Önceki sayfa</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/preview.py" line="177"/>
        <source>Previous</source>
        <translation>Önceki</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/preview.py" line="181"/>
        <source>Next page</source>
        <translation>Sonraki sayfa</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/preview.py" line="181"/>
        <source>Next</source>
        <translation>Sonraki</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/preview.py" line="186"/>
        <source>Page: type a number and press Enter</source>
        <translation>Sayfa: bir numara yazıp Enter&apos;a basın</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/preview.py" line="196"/>
        <source>Fit width</source>
        <translation>Tam genişlik</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/preview.py" line="200"/>
        <source>Fit page</source>
        <translation>Tam sayfa</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/preview.py" line="211"/>
        <source>Zoom out</source>
        <translation>Uzaklaştır</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/preview.py" line="224"/>
        <source>Zoom in</source>
        <translation>Yakınlaştır</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/preview.py" line="368"/>
        <source>of {pages}</source>
        <translation>/ {pages}</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/preview.py" line="372"/>
        <source>{percent} %</source>
        <translation>%{percent}</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/preview.py" line="545"/>
        <source>The preview cannot be drawn: {reason}</source>
        <translation>Önizleme oluşturulamıyor: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/printing.py" line="59"/>
        <source>the PDF cannot be read ({error})</source>
        <translation>PDF okunamıyor ({error})</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/printing.py" line="75"/>
        <source>the chosen pages are not in this briefing of {count} pages</source>
        <translation>seçilen sayfalar {count} sayfalık bu brifingde yok</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/printing.py" line="78"/>
        <source>no printer is available</source>
        <translation>kullanılabilir yazıcı yok</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/printing.py" line="88"/>
        <source>page {page} cannot be sent to the printer</source>
        <translation>{page}. sayfa yazıcıya gönderilemiyor</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/printing.py" line="108"/>
        <source>page {page} cannot be drawn</source>
        <translation>{page}. sayfa çizilemiyor</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/printing.py" line="153"/>
        <source>{file} cannot be written</source>
        <translation>{file} yazılamıyor</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/printing.py" line="154"/>
        <source>the PDF file cannot be written</source>
        <translation>PDF dosyası yazılamıyor</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/printing.py" line="155"/>
        <source>the printer {name} cannot be used</source>
        <translation>{name} yazıcısı kullanılamıyor</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/printing.py" line="166"/>
        <source>Briefing</source>
        <translation>Brifing</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/printing.py" line="196"/>
        <source>Cannot print</source>
        <translation>Yazdırılamıyor</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/printing.py" line="197"/>
        <source>The briefing cannot be printed: {reason}</source>
        <translation>Brifing yazdırılamıyor: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/recovery.py" line="51"/>
        <source>unsaved changes to &quot;{name}&quot; in {folder}</source>
        <translation>{folder} klasöründeki &quot;{name}&quot; dosyasının kaydedilmemiş değişiklikleri</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/recovery.py" line="56"/>
        <source>&quot;{title}&quot;, an unsaved draft beginning &quot;{opening}&quot;</source>
        <translation>&quot;{opening}&quot; diye başlayan kaydedilmemiş taslak &quot;{title}&quot;</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/recovery.py" line="59"/>
        <source>&quot;{title}&quot;, an unsaved draft with no text yet</source>
        <translation>henüz metni olmayan kaydedilmemiş taslak &quot;{title}&quot;</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/recovery.py" line="61"/>
        <source>an untitled unsaved draft beginning &quot;{opening}&quot;</source>
        <translation>&quot;{opening}&quot; diye başlayan başlıksız, kaydedilmemiş bir taslak</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/recovery.py" line="62"/>
        <source>an empty untitled draft</source>
        <translation>boş, başlıksız bir taslak</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/rows_field.py" line="131"/>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="51"/>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="183"/>
        <source>Add paragraph</source>
        <translation>Paragraf ekle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="52"/>
        <source>Add bullets</source>
        <translation>Madde listesi ekle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="53"/>
        <source>Add numbered</source>
        <translation>Numaralı liste ekle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="54"/>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="186"/>
        <source>Add table</source>
        <translation>Tablo ekle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="60"/>
        <source>Paragraph</source>
        <translation>Paragraf</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="62"/>
        <source>Numbered list</source>
        <translation>Numaralı liste</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="62"/>
        <source>Bullet list</source>
        <translation>Madde listesi</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="64"/>
        <source>Table</source>
        <translation>Tablo</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="66"/>
        <source>Figure</source>
        <translation>Şekil</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="66"/>
        <source>Figure (no alt text)</source>
        <translation>Şekil (alternatif metin yok)</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="67"/>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="91"/>
        <source>Column {number}</source>
        <translation>Sütun {number}</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="115"/>
        <source>Move block up</source>
        <translation>Bloğu yukarı taşı</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="116"/>
        <source>Move block down</source>
        <translation>Bloğu aşağı taşı</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="149"/>
        <source>Heading (empty only for the lead text)</source>
        <translation>Başlık (yalnızca giriş metninde boş kalır)</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="151"/>
        <source>Hea&amp;ding</source>
        <translation>&amp;Başlık</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="155"/>
        <source>Heading {level}</source>
        <translation>{level}. düzey başlık</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="157"/>
        <source>&amp;Level</source>
        <translation>Dü&amp;zey</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="160"/>
        <source>A&amp;nnex</source>
        <translation>E&amp;k</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="162"/>
        <source>Lettered (Annex A, Ek-1), on a new page, outside the body&apos;s numbering; the sections under it are its own</source>
        <translation>Harf ya da numarayla adlandırılır (Ek-A, Ek-1), yeni sayfada başlar, ana metnin numaralandırmasının dışında kalır; altındaki bölümler ona aittir</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="164"/>
        <source>Make annex</source>
        <translation>Eke dönüştür</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="165"/>
        <source>Make body section</source>
        <translation>Ana metin bölümüne dönüştür</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="166"/>
        <source>Start on a new &amp;page</source>
        <translation>Yeni &amp;sayfada başlat</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="169"/>
        <source>Start on a new page</source>
        <translation>Yeni sayfada başlat</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="169"/>
        <source>No page break</source>
        <translation>Sayfa sonunu kaldır</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="184"/>
        <source>Add bullet list</source>
        <translation>Madde listesi ekle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="185"/>
        <source>Add numbered list</source>
        <translation>Numaralı liste ekle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="187"/>
        <source>Add figure...</source>
        <translation>Şekil ekle...</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/section_editor.py" line="353"/>
        <source>Change heading level</source>
        <translation>Başlık düzeyini değiştir</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/spelling.py" line="43"/>
        <source>English (UK)</source>
        <translation>İngilizce (Birleşik Krallık)</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/spelling.py" line="44"/>
        <source>English (US)</source>
        <translation>İngilizce (ABD)</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/spelling.py" line="106"/>
        <source>No spell checking: {reason}.</source>
        <translation>Yazım denetimi yapılamıyor: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/spelling.py" line="181"/>
        <source>(no suggestions)</source>
        <translation>(öneri yok)</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/spelling.py" line="187"/>
        <source>Add to dictionary</source>
        <translation>Sözlüğe ekle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/spelling.py" line="189"/>
        <source>Ignore all</source>
        <translation>Tümünü yok say</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/spelling.py" line="193"/>
        <source>Check this field in</source>
        <translation>Bu alanı şu dilde denetle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/spelling.py" line="194"/>
        <source>The document&apos;s language</source>
        <translation>Belgenin dili</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/spelling.py" line="213"/>
        <location filename="../../src/briefing_studio/gui/spelling_dialog.py" line="122"/>
        <source>Correct spelling</source>
        <translation>Yazım düzeltme</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/spelling_dialog.py" line="32"/>
        <source>Check Spelling</source>
        <translation>Yazım Denetimi</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/spelling_dialog.py" line="45"/>
        <source>Not in the dictionary:</source>
        <translation>Sözlükte yok:</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/spelling_dialog.py" line="48"/>
        <source>C&amp;hange to:</source>
        <translation>Ş&amp;ununla değiştir:</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/spelling_dialog.py" line="52"/>
        <source>&amp;Suggestions:</source>
        <translation>Ö&amp;neriler:</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/spelling_dialog.py" line="58"/>
        <source>&amp;Change</source>
        <translation>&amp;Değiştir</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/spelling_dialog.py" line="59"/>
        <source>Change a&amp;ll</source>
        <translation>Tü&amp;münü değiştir</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/spelling_dialog.py" line="60"/>
        <source>&amp;Ignore</source>
        <translation>&amp;Yok say</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/spelling_dialog.py" line="61"/>
        <source>I&amp;gnore all</source>
        <translation>Tümünü yo&amp;k say</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/spelling_dialog.py" line="62"/>
        <source>&amp;Add to dictionary</source>
        <translation>Sözlüğe &amp;ekle</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/spelling_dialog.py" line="93"/>
        <source>The spelling check is complete.</source>
        <translation>Yazım denetimi tamamlandı.</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/spelling_dialog.py" line="133"/>
        <source>Correct “{word}” everywhere</source>
        <translation>“{word}” sözcüğünü her yerde düzeltme</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/column_headings.py" line="62"/>
        <source>Column {0} of {1}</source>
        <translation>Sütun {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/lock_dialog.py" line="24"/>
        <source>a time it does not say</source>
        <translation>belirtilmeyen bir zaman</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/lock_dialog.py" line="26"/>
        <source>{file} was left locked by {who} on {since}, and that program is no longer running (or the lock is more than a day old).</source>
        <translation>{file}, {since} tarihinde {who} tarafından kilitli bırakıldı; o program artık çalışmıyor (ya da kilit bir günden eski).</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/lock_dialog.py" line="29"/>
        <source>If nobody else is working on it, remove the lock and open it.</source>
        <translation>Üzerinde başka kimse çalışmıyorsa kilidi kaldırıp açın.</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/lock_dialog.py" line="31"/>
        <source>{file} is open by {who}, since {since}.</source>
        <translation>{file}, {since} tarihinden beri {who} tarafından açık.</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/lock_dialog.py" line="33"/>
        <source>Open it read-only to read, print or export it, or open a copy to work on and save under another name.</source>
        <translation>Okumak, yazdırmak ya da dışa aktarmak için salt okunur açın; üzerinde çalışıp başka bir adla kaydetmek için bir kopyasını açın.</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/lock_dialog.py" line="35"/>
        <source>Briefing in use</source>
        <translation>Brifing kullanımda</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/lock_dialog.py" line="42"/>
        <source>&amp;Remove the lock and open</source>
        <translation>&amp;Kilidi kaldır ve aç</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/lock_dialog.py" line="43"/>
        <source>Open the briefing for editing, as its own again</source>
        <translation>Brifingi yeniden düzenlemek üzere aç</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/lock_dialog.py" line="45"/>
        <source>Open &amp;read-only</source>
        <translation>&amp;Salt okunur aç</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/lock_dialog.py" line="46"/>
        <source>Read, print and export it; Save asks for another name</source>
        <translation>Okuyun, yazdırın, dışa aktarın; Kaydet başka bir ad sorar</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/lock_dialog.py" line="48"/>
        <source>Open a &amp;copy</source>
        <translation>&amp;Kopyasını aç</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/lock_dialog.py" line="49"/>
        <source>Work on a copy, saved under another name</source>
        <translation>Başka bir adla kaydedilecek bir kopya üzerinde çalışın</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/lock_dialog.py" line="51"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../../src/briefing_studio/gui/lock_dialog.py" line="51"/>
        <source>Do not open it</source>
        <translation>Açma</translation>
    </message>
</context>
</TS>
