<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>planner::AddKeyPointCommand</name>
    <message>
        <source>Add Key Point “%1”</source>
        <translation>新增重點「%1」</translation>
    </message>
</context>
<context>
    <name>planner::AgendaExporter</name>
    <message>
        <source>iCalendar (calendar apps)</source>
        <translation>iCalendar（行事曆應用程式）</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV（試算表）</translation>
    </message>
    <message>
        <source>HTML (web page)</source>
        <translation>HTML（網頁）</translation>
    </message>
    <message>
        <source>PDF (print)</source>
        <translation>PDF（列印）</translation>
    </message>
    <message>
        <source>%1 files (%2)</source>
        <comment>file dialog filter: format, then patterns</comment>
        <translation>%1 檔案 (%2)</translation>
    </message>
    <message>
        <source>Markdown (readable agenda)</source>
        <translation>Markdown（易讀的行程）</translation>
    </message>
    <message>
        <source>Session digest (Markdown this program reads back)</source>
        <translation>議程摘要（本程式可再匯入的 Markdown）</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>已將 %n 個議程匯出至 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n on-demand session(s) with no time for a calendar to hold: %1. To include one, give it a time with Plan a Time… in My Schedule.</source>
        <translation>
            <numerusform>未匯出 %n 個沒有時間、行事曆無處安排的隨選議程：%1。若要納入，請在「我的行程」中以「規劃時間…」為它安排時間。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::AgendaPrintFlow</name>
    <message>
        <source>Print Agenda</source>
        <translation>列印行程</translation>
    </message>
</context>
<context>
    <name>planner::AgendaPrintout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
</context>
<context>
    <name>planner::AgendaPublishFlow</name>
    <message>
        <source>Publish Agenda to &amp;Calendar…</source>
        <translation>將行程發布到行事曆(&amp;C)…</translation>
    </message>
    <message>
        <source>Keep your bookmarked sessions in a CalDAV calendar (Nextcloud, Radicale, Fastmail, iCloud, …) and on every device</source>
        <translation>將已加入書籤的議程保存在 CalDAV 行事曆（Nextcloud、Radicale、Fastmail、iCloud 等）中，在每部裝置上都能看到</translation>
    </message>
    <message>
        <source>Publish Agenda to Calendar</source>
        <translation>將行程發布到行事曆</translation>
    </message>
    <message>
        <source>Password for %1 at %2:</source>
        <translation>%1 在 %2 的密碼：</translation>
    </message>
    <message>
        <source>%1 is no longer published to a calendar</source>
        <translation>%1 已不再發布到行事曆</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>正在發布至 %1…</translation>
    </message>
    <message>
        <source>Cannot make the calendar “%1”: %2</source>
        <translation>無法建立行事曆「%1」：%2</translation>
    </message>
</context>
<context>
    <name>planner::AgendaPublisher</name>
    <message>
        <source>this conference is not published to any calendar</source>
        <translation>這場大會尚未發布到任何行事曆</translation>
    </message>
    <message>
        <source>“%1” was changed in the calendar by someone else: put back as planned here</source>
        <translation>「%1」已在行事曆中被他人修改：已改回本機規劃的內容</translation>
    </message>
    <message>
        <source>“%1” was deleted from the calendar by someone else: put back</source>
        <translation>「%1」已被他人從行事曆中刪除：已重新放回</translation>
    </message>
    <message>
        <source>“%1” was already in the calendar: replaced by the planner&apos;s</source>
        <translation>「%1」已存在於行事曆中：已以規劃工具的版本取代</translation>
    </message>
    <message>
        <source>“%1” was changed in the calendar by someone else: removed all the same, as it is no longer bookmarked</source>
        <translation>「%1」已在行事曆中被他人修改：由於已不在書籤中，仍將其移除</translation>
    </message>
</context>
<context>
    <name>planner::AgendaText</name>
    <message>
        <source>%1 to %2</source>
        <comment>conference dates</comment>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 · planned %2</source>
        <comment>on demand or time TBA, then when the user plans to watch</comment>
        <translation>%1 · 預計於 %2 觀看</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>key point lead-in, then its text</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 — my agenda</source>
        <translation>%1 — 我的行程</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>重點摘要</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>我的筆記</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>講者</translation>
    </message>
    <message>
        <source>Removed from the programme</source>
        <translation>已從議程表移除</translation>
    </message>
    <message>
        <source>my own point</source>
        <comment>a key point the user wrote</comment>
        <translation>自訂重點</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label, then its value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>連結</translation>
    </message>
</context>
<context>
    <name>planner::BackupCommand</name>
    <message>
        <source>backup takes no arguments; name the file with -o FILE</source>
        <translation>backup 不接受其他引數；請以 -o 檔案 指定要寫入的檔案</translation>
    </message>
    <message>
        <source>restore takes exactly one file</source>
        <translation>restore 只接受一個檔案</translation>
    </message>
    <message>
        <source>nothing was restored: %1</source>
        <translation>未還原任何資料：%1</translation>
    </message>
    <message>
        <source>To take the backup&apos;s versions of these, restore again with --overwrite-newer.</source>
        <translation>若要改用這些項目在備份中的版本，請加上 --overwrite-newer 再還原一次。</translation>
    </message>
</context>
<context>
    <name>planner::BookmarkCommand</name>
    <message>
        <source>Bookmark “%1”</source>
        <translation>將「%1」加入書籤</translation>
    </message>
    <message>
        <source>Remove Bookmark from “%1”</source>
        <translation>移除「%1」的書籤</translation>
    </message>
</context>
<context>
    <name>planner::BundledConference</name>
    <message>
        <source>the bundled conference is missing from this build</source>
        <translation>此版本缺少內建的大會資料</translation>
    </message>
</context>
<context>
    <name>planner::CalDavClient</name>
    <message>
        <source>%1 did not answer in time (timeout)</source>
        <translation>%1 未在時限內回應（逾時）</translation>
    </message>
    <message>
        <source>%1 did not accept the user name or password (401)</source>
        <translation>%1 不接受此使用者名稱或密碼（401）</translation>
    </message>
    <message>
        <source>%1 does not allow this account to do that (403 Forbidden)</source>
        <translation>%1 不允許此帳號執行這項操作（403 Forbidden）</translation>
    </message>
    <message>
        <source>there is nothing at %1 (404 Not Found): check the address</source>
        <translation>%1 沒有任何內容（404 Not Found）：請檢查網址</translation>
    </message>
    <message>
        <source>%1 has no room left for this account (507 Insufficient Storage)</source>
        <translation>%1 上此帳號的空間已滿（507 Insufficient Storage）</translation>
    </message>
    <message>
        <source>%1 failed to handle the request (%2)</source>
        <translation>%1 無法處理此要求（%2）</translation>
    </message>
    <message>
        <source>%1 refused the request (%2)</source>
        <translation>%1 拒絕了此要求（%2）</translation>
    </message>
    <message>
        <source>the secure connection (TLS) to %1 failed: %2</source>
        <translation>與 %1 的安全連線（TLS）失敗：%2</translation>
    </message>
    <message>
        <source>%1 refused the connection: is the server running, and is the port right?</source>
        <translation>%1 拒絕連線：伺服器是否正在執行？連接埠是否正確？</translation>
    </message>
    <message>
        <source>the server %1 was not found: check the address</source>
        <translation>找不到伺服器 %1：請檢查網址</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>無法連線到 %1：%2</translation>
    </message>
    <message>
        <source>%1 does not look like a CalDAV server: it names no principal for this account</source>
        <translation>%1 看起來不是 CalDAV 伺服器：它沒有提供此帳號的 principal</translation>
    </message>
    <message>
        <source>%1 names no calendar home for this account</source>
        <translation>%1 沒有提供此帳號的行事曆主目錄（calendar home）</translation>
    </message>
    <message>
        <source>the answer of %1 cannot be read: %2</source>
        <translation>無法讀取 %1 的回應：%2</translation>
    </message>
</context>
<context>
    <name>planner::CalDavXml</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 欄：%3</translation>
    </message>
    <message>
        <source>the answer is not a WebDAV multistatus document</source>
        <translation>回應不是 WebDAV multistatus 文件</translation>
    </message>
</context>
<context>
    <name>planner::ChangeText</name>
    <message>
        <source>New</source>
        <comment>a session new in the programme</comment>
        <translation>新增</translation>
    </message>
    <message>
        <source>Moved</source>
        <comment>a session at another time or in another room</comment>
        <translation>異動</translation>
    </message>
    <message>
        <source>Changed</source>
        <comment>a session with another title, code or track</comment>
        <translation>變更</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>a session gone from the programme</comment>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>time · room</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>New in the programme since you last looked: %1</source>
        <translation>自您上次查看後新增的議程：%1</translation>
    </message>
    <message>
        <source>Cancelled since you last looked; it was %1</source>
        <translation>自您上次查看後已取消；原本是 %1</translation>
    </message>
    <message>
        <source>Changed since you last looked: its code or track</source>
        <translation>自您上次查看後有變更：編號或主題軌</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>the change, what the session was, what it is now</comment>
        <translation>%1：%2 → %3</translation>
    </message>
</context>
<context>
    <name>planner::ChangesDialog</name>
    <message>
        <source>&amp;Mark All as Seen</source>
        <translation>全部標示為已看過(&amp;M)</translation>
    </message>
    <message>
        <source>Programme Changes</source>
        <translation>議程表異動</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>異動</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>議程</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原本</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>Nothing has changed in the programme since you last looked.</source>
        <translation>自您上次查看後，議程表沒有任何異動。</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) changed since you last looked. Your bookmarks come first (★).</source>
        <translation>
            <numerusform>自您上次查看後，有 %n 場議程異動。您加入書籤的議程排在最前面（★）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::ChangesFlow</name>
    <message>
        <source>%1 · %2</source>
        <comment>time · room</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 moved to %2</source>
        <translation>%1 改到 %2</translation>
    </message>
    <message>
        <source>%1 is cancelled</source>
        <translation>%1 已取消</translation>
    </message>
    <message numerus="yes">
        <source>%n of your sessions changed</source>
        <comment>bookmarked sessions an update moved or cancelled</comment>
        <translation>
            <numerusform>您有 %n 場議程異動</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::CommandLine</name>
    <message>
        <source>no command given</source>
        <translation>未指定指令</translation>
    </message>
    <message>
        <source>--language takes zh_TW or en, not &quot;%1&quot;</source>
        <translation>--language 只接受 zh_TW 或 en，而不是「%1」</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知的指令「%1」</translation>
    </message>
    <message>
        <source>conference-planner: %1</source>
        <translation>conference-planner：%1</translation>
    </message>
    <message>
        <source>Try &apos;conference-planner --help&apos;.</source>
        <translation>請執行「conference-planner --help」查看用法。</translation>
    </message>
    <message>
        <source>no conference is stored; import one with &apos;conference-planner import FILE&apos;</source>
        <translation>尚未儲存任何大會；請用「conference-planner import 檔案」匯入</translation>
    </message>
    <message>
        <source>no conference with the key &quot;%1&quot; (see &apos;conference-planner conferences&apos;)</source>
        <translation>沒有代碼為「%1」的大會（請見「conference-planner conferences」）</translation>
    </message>
    <message>
        <source>no session with the key or code &quot;%1&quot; in %2</source>
        <translation>%2 中沒有代碼或編號為「%1」的議程</translation>
    </message>
    <message>
        <source>bookmark takes add, remove or list</source>
        <translation>bookmark 需要 add、remove 或 list</translation>
    </message>
    <message>
        <source>bookmark %1 needs at least one session key</source>
        <translation>bookmark %1 至少需要一個議程代碼</translation>
    </message>
    <message>
        <source>use &apos;note set KEY TEXT&apos;, &apos;note set KEY --file F&apos; or &apos;note get KEY&apos;</source>
        <translation>請使用「note set 代碼 文字」、「note set 代碼 --file 檔案」或「note get 代碼」</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>note set needs the text as one argument, or --file F</source>
        <translation>note set 需要以一個參數提供文字，或使用 --file 檔案</translation>
    </message>
    <message>
        <source>import takes exactly one file</source>
        <translation>import 只接受一個檔案</translation>
    </message>
    <message>
        <source>note set takes the text as an argument or from --file, not both</source>
        <translation>note set 的文字請以參數或 --file 提供，不可兩者並用</translation>
    </message>
    <message>
        <source>%1. It has been left as it is: open the planner window to move it aside and start afresh.</source>
        <translation>%1。檔案維持原狀：請開啟規劃視窗，將它移到一旁並重新開始。</translation>
    </message>
    <message>
        <source>this program cannot export; run conference-planner export</source>
        <translation>此程式無法匯出；請執行 conference-planner export</translation>
    </message>
    <message>
        <source>%1 It may hold only part of the programme. Nothing was changed; run the import again with --force to update the conference anyway.</source>
        <comment>%1 says how many sessions the file would remove</comment>
        <translation>%1這個檔案可能只含議程表的一部分。未做任何變更；若仍要更新這場大會，請加上 --force 再匯入一次。</translation>
    </message>
    <message>
        <source>the texts of &quot;%1&quot; could not be read from %2</source>
        <translation>無法從 %2 讀取「%1」的文字</translation>
    </message>
    <message>
        <source>--at takes a time such as 2025-03-18T14:00+01:00, not &quot;%1&quot;</source>
        <translation>--at 需要如 2025-03-18T14:00+01:00 的時間，而不是「%1」</translation>
    </message>
    <message>
        <source>this program cannot publish; run conference-planner publish</source>
        <translation>此程式無法發布；請執行 conference-planner publish</translation>
    </message>
    <message>
        <source>refresh takes no argument; name a conference with --conference KEY</source>
        <translation>refresh 不接受引數；請以 --conference 代碼 指定大會</translation>
    </message>
    <message>
        <source>Usage: conference-planner [COMMAND] [OPTIONS]
Without a command, opens the planner window.

Commands:
  conferences [--json]                    list stored conferences
  sessions [--search TEXT] [--json]       list sessions of a conference
  sessions --at TIME|now [--next]         sessions running at TIME, or (--next)
                                          the ones starting next after it
  bookmark add|remove KEY...              bookmark sessions by key or code
  bookmark list [--json]                  list bookmarked sessions
  note set KEY TEXT | note set KEY --file F   set a session&apos;s note
  note get KEY                            print a session&apos;s note
  import FILE|URL [--force]               import or update a programme, from a
                                          file or a web address (http, https; a
                                          conference&apos;s page that links to it)
  refresh [--force]                       download again the programmes imported
                                          from the web (--conference: one); an
                                          unchanged one is neither read nor stored
  export --format ics|md|csv|html|pdf -o FILE [--with-notes] [--all]
                                          export the bookmarked sessions
  backup [-o FILE]                        back up your bookmarks, notes,
                                          annotations and planned times as JSON
                                          (to stdout without -o)
  restore FILE [--overwrite-newer]        merge a backup into the database
  publish [--url URL --user NAME] [--password-file F] [--with-notes]
                                          publish the bookmarked sessions to a
                                          CalDAV calendar named after the
                                          conference (made if missing); later
                                          runs send only what changed
  zone [ZONE]                             show the conference&apos;s time zone, or
                                          change it to an IANA zone such as
                                          Europe/Brussels (kept by later imports)

Options:
  --database PATH      the database file (default: %1)
  --conference KEY     the conference (default: the one starting last)
  --language zh_TW|en  the language of titles in listings and exports
  --at TIME            sessions: ISO 8601, e.g. 2025-03-18T14:00+01:00 (without
                       an offset, in the conference&apos;s time zone)
  --next               sessions: those with the first start after TIME (or now)
  -o, --output FILE    export, backup: the file to write
  --format FORMAT      export: ics, md, csv, html or pdf (default: from FILE)
  --with-notes         export, publish: include your notes
  --all                export: the whole programme, not only bookmarks
  --overwrite-newer    restore: take the backup&apos;s notes and annotations even
                       where changed here later (else kept and listed)
  --force              import, refresh: update a conference even if more than
                       half of its sessions would be removed
  --url URL            publish: the CalDAV server (its address, or
                       /.well-known/caldav); needed the first time
  --user NAME          publish: your user name on it
  --password-file F    publish: read the password from F&apos;s first line; without
                       it, from the keyring, else from standard input
  -h, --help           show this help
  -v, --version        show the version
</source>
        <translation>用法：conference-planner [指令] [選項]
未指定指令時，會開啟規劃視窗。

指令：
  conferences [--json]                    列出已儲存的大會
  sessions [--search 文字] [--json]       列出大會的議程
  sessions --at 時間|now [--next]         列出於該時間進行中的議程，或（--next）
                                          在該時間之後最先開始的議程
  bookmark add|remove 代碼...             依代碼或編號將議程加入書籤或移除書籤
  bookmark list [--json]                  列出已加入書籤的議程
  note set 代碼 文字 | note set 代碼 --file 檔案   設定議程的筆記
  note get 代碼                           顯示議程的筆記
  import 檔案|網址 [--force]              從檔案或網址（http、https；也可以是
                                          連到議程表的大會網頁）匯入或更新議程表
  refresh [--force]                       重新下載從網路匯入的議程表
                                          （--conference：只下載一場）；未變更的
                                          議程表不會讀取也不會儲存
  export --format ics|md|csv|html|pdf -o 檔案 [--with-notes] [--all]
                                          匯出已加入書籤的議程
  backup [-o 檔案]                        將您的書籤、筆記、註記與規劃時間
                                          備份為 JSON（未指定 -o 時輸出到標準輸出）
  restore 檔案 [--overwrite-newer]        將備份合併到資料庫
  publish [--url URL --user 名稱] [--password-file 檔案] [--with-notes]
                                          將已加入書籤的議程發布到以大會命名的
                                          CalDAV 行事曆（不存在時會建立）；之後
                                          再執行只會送出有變更的部分
  zone [時區]                             顯示大會的時區，或將它改為 IANA 時區，
                                          例如 Europe/Brussels（之後的匯入會保留）

選項：
  --database 路徑      資料庫檔案（預設：%1）
  --conference 代碼    大會（預設：最晚開始的那一個）
  --language zh_TW|en  清單與匯出內容中標題所用的語言
  --at 時間            sessions：ISO 8601，例如 2025-03-18T14:00+01:00（未標示
                       時差時，以大會的時區為準）
  --next               sessions：在該時間（或現在）之後最先開始的議程
  -o, --output 檔案    匯出、備份：要寫入的檔案
  --format 格式        匯出：ics、md、csv、html 或 pdf（預設：依檔案的副檔名判斷）
  --with-notes         匯出、發布：包含您的筆記
  --all                匯出：整份議程表，而不只是書籤
  --overwrite-newer    還原：即使筆記與註記在本機較晚修改，仍採用備份的版本
                       （否則保留本機的版本並列出）
  --force              匯入、重新下載：即使會移除大會一半以上的議程，仍然更新
  --url URL            發布：CalDAV 伺服器（其網址，或 /.well-known/caldav）；
                       第一次發布時必須指定
  --user 名稱          發布：您在該伺服器上的使用者名稱
  --password-file 檔案 發布：從該檔案的第一行讀取密碼；未指定時，從金鑰圈
                       讀取，否則從標準輸入讀取
  -h, --help           顯示此說明
  -v, --version        顯示版本
</translation>
    </message>
    <message>
        <source>
A programme behind a password (import URL, refresh):
  --user NAME          the user name the server asks for; the password is read
                       from --password-file F (its first line), else typed at
                       the terminal (not shown), else a line of standard input.
                       Neither is stored: give them again at each run.
</source>
        <translation>
需要密碼的議程表（import 網址、refresh）：
  --user 名稱          伺服器要求的使用者名稱；密碼從 --password-file 檔案
                       （第一行）讀取，否則在終端機輸入（不會顯示），否則
                       讀取標準輸入的一行。兩者都不會儲存：每次執行都要再提供。
</translation>
    </message>
</context>
<context>
    <name>planner::ConferenceFiles</name>
    <message>
        <source>Import Programme</source>
        <translation>匯入議程表</translation>
    </message>
    <message>
        <source>Conference programmes (*.xml *.json *.ics *.ical *.md *.txt);;All files (*)</source>
        <translation>大會議程表 (*.xml *.json *.ics *.ical *.md *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在匯入 %1…</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>匯入失敗</translation>
    </message>
    <message>
        <source>The programme could not be imported. Nothing stored was changed.

%1</source>
        <translation>無法匯入議程表，已儲存的資料皆未變更。

%1</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>匯入完成</translation>
    </message>
    <message>
        <source>Delete Conference</source>
        <translation>刪除大會</translation>
    </message>
    <message>
        <source>Delete “%1” and its programme from this computer?</source>
        <translation>要從這台電腦刪除「%1」及其議程表嗎？</translation>
    </message>
    <message>
        <source>Also delete my bookmarks, notes and annotations for it</source>
        <translation>同時刪除我在此大會的書籤、筆記與註記</translation>
    </message>
    <message>
        <source>Your notes and bookmarks are kept unless you tick the box: importing the programme again brings them back.</source>
        <translation>除非勾選此方塊，否則您的筆記與書籤都會保留：再次匯入議程表即可找回。</translation>
    </message>
    <message>
        <source>Delete Failed</source>
        <translation>刪除失敗</translation>
    </message>
    <message>
        <source>Remove Most of the Programme?</source>
        <translation>要移除大部分的議程嗎？</translation>
    </message>
    <message>
        <source>The file may hold only part of the programme, such as an agenda someone exported. Your bookmarks and notes are kept either way.</source>
        <translation>這個檔案可能只含議程表的一部分，例如別人匯出的行程。無論如何，您的書籤與筆記都會保留。</translation>
    </message>
    <message>
        <source>Keep the Programme</source>
        <translation>保留議程表</translation>
    </message>
    <message>
        <source>Update Anyway</source>
        <translation>仍然更新</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Programme updated from %1.</source>
        <translation>已從 %1 更新議程表。</translation>
    </message>
    <message>
        <source>The programme could not be updated; nothing was changed. %1</source>
        <translation>無法更新議程表；未做任何變更。%1</translation>
    </message>
</context>
<context>
    <name>planner::ConferenceZone</name>
    <message>
        <source>&quot;%1&quot; is not a time zone; give an IANA time zone such as Europe/Brussels, America/New_York or Asia/Taipei</source>
        <translation>「%1」不是時區；請指定 IANA 時區，例如 Europe/Brussels、America/New_York 或 Asia/Taipei</translation>
    </message>
</context>
<context>
    <name>planner::ConferenceZoneDialog</name>
    <message>
        <source>Conference Time Zone</source>
        <translation>大會時區</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>時區</translation>
    </message>
    <message>
        <source>Search, e.g. Taipei or New York</source>
        <translation>搜尋，例如 Taipei 或 New York</translation>
    </message>
    <message>
        <source>Search time zones</source>
        <translation>搜尋時區</translation>
    </message>
    <message>
        <source>The zone %1&apos;s times are shown in. Times its programme gives as a wall clock keep their clock time in the new zone; exact times keep their moment. Later imports of the programme keep your choice.</source>
        <translation>%1 的時間以此時區顯示。議程表以當地時鐘時間標示的時間，在新時區中維持相同的時鐘時間；標示確切時刻的時間則維持同一時刻。之後匯入議程表時會保留您的選擇。</translation>
    </message>
    <message>
        <source>No zone matches.</source>
        <translation>沒有符合的時區。</translation>
    </message>
    <message>
        <source>%1 (%2 now)</source>
        <translation>%1（目前為 %2）</translation>
    </message>
</context>
<context>
    <name>planner::ConferenceZoneFlow</name>
    <message>
        <source>Conference &amp;Time Zone…</source>
        <translation>大會時區(&amp;T)…</translation>
    </message>
    <message>
        <source>Show the conference&apos;s times in another time zone</source>
        <translation>以另一個時區顯示大會的時間</translation>
    </message>
    <message>
        <source>Conference Time Zone</source>
        <translation>大會時區</translation>
    </message>
    <message>
        <source>The time zone could not be changed: %1</source>
        <translation>無法變更時區：%1</translation>
    </message>
</context>
<context>
    <name>planner::ConferenceZoneStore</name>
    <message>
        <source>no conference with the key &quot;%1&quot;</source>
        <translation>沒有代碼為「%1」的大會</translation>
    </message>
</context>
<context>
    <name>planner::CsvWriter</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>議程軌</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>會議室</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>講者</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>重點摘要</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <source>Session key</source>
        <translation>議程代碼</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>連結</translation>
    </message>
</context>
<context>
    <name>planner::DamagedDatabase</name>
    <message>
        <source>cannot move the damaged database %1 aside to %2</source>
        <translation>無法將損毀的資料庫 %1 移到 %2</translation>
    </message>
    <message>
        <source>cannot move %1 aside to %2</source>
        <translation>無法將 %1 移到 %2</translation>
    </message>
</context>
<context>
    <name>planner::Database</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>無法建立資料夾 %1</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>無法開啟資料庫 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Conference Planner database, or it is damaged</source>
        <translation>%1 不是「大會行程規劃」的資料庫，或已經損毀</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Conference Planner (schema %2; this version reads up to %3). It has been left untouched.</source>
        <translation>%1 由較新版本的「大會行程規劃」寫入（結構版本 %2；此版本最多能讀取 %3）。檔案未做任何更動。</translation>
    </message>
    <message>
        <source>cannot save to the database %1: %2</source>
        <translation>無法儲存至資料庫 %1：%2</translation>
    </message>
    <message>
        <source>cannot prepare the database %1: %2</source>
        <translation>無法準備資料庫 %1：%2</translation>
    </message>
    <message>
        <source>cannot upgrade the database to schema %1: %2</source>
        <translation>無法將資料庫升級至結構版本 %1：%2</translation>
    </message>
    <message>
        <source>the database %1 does not exist</source>
        <translation>資料庫 %1 不存在</translation>
    </message>
    <message>
        <source>%1 is read-only and was written by an older version of Conference Planner, so it cannot be brought up to date. Open it once where it can be written.</source>
        <translation>%1 為唯讀，且由舊版大會行程規劃寫入，因此無法更新。請在可寫入的位置開啟一次。</translation>
    </message>
    <message>
        <source>cannot read the database %1: %2</source>
        <translation>無法讀取資料庫 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged (the integrity check found: %2)</source>
        <translation>%1 已損毀（完整性檢查發現：%2）</translation>
    </message>
    <message>
        <source>the disk holding %1 is full</source>
        <translation>存放 %1 的磁碟已滿</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 為唯讀</translation>
    </message>
    <message>
        <source>%1 is busy in another program; try again in a moment</source>
        <translation>%1 正由其他程式使用中，請稍後再試</translation>
    </message>
    <message>
        <source>%1 could not be written (%2)</source>
        <translation>無法寫入 %1（%2）</translation>
    </message>
    <message>
        <source>%1 is damaged (%2)</source>
        <translation>%1 已損毀（%2）</translation>
    </message>
</context>
<context>
    <name>planner::DatabaseStartup</name>
    <message>
        <source>Conference Planner</source>
        <translation>大會行程規劃</translation>
    </message>
    <message>
        <source>Damaged Database Set Aside</source>
        <translation>已將損毀的資料庫移到一旁</translation>
    </message>
    <message>
        <source>It has been moved to %1 and kept, not deleted. The planner starts with a fresh database. If you backed up your notes and bookmarks, restore them from the File menu.</source>
        <translation>它已移至 %1 並保留下來，沒有刪除。規劃工具將以全新的資料庫啟動。如果您曾備份筆記與書籤，可從「檔案」選單還原。</translation>
    </message>
    <message>
        <source>The planner&apos;s database %1 is damaged and cannot be read.</source>
        <translation>規劃工具的資料庫 %1 已損毀，無法讀取。</translation>
    </message>
</context>
<context>
    <name>planner::DayGridModel</name>
    <message>
        <source>bookmarked, clashes with another bookmark</source>
        <translation>已加入書籤，與另一個書籤時間衝突</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>已加入書籤</translation>
    </message>
</context>
<context>
    <name>planner::DayGridView</name>
    <message>
        <source>No session of this day has a time yet.</source>
        <translation>這一天的議程都還沒有時間。</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>未指定會議室</translation>
    </message>
    <message>
        <source>Hide “%1”</source>
        <translation>隱藏「%1」</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>向左移</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>向右移</translation>
    </message>
    <message>
        <source>Rooms Shown</source>
        <translation>顯示的會議室</translation>
    </message>
    <message>
        <source>Show All Rooms</source>
        <translation>顯示所有會議室</translation>
    </message>
</context>
<context>
    <name>planner::DayView</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <comment>on the day shown</comment>
        <translation>
            <numerusform>%n 個議程</numerusform>
        </translation>
    </message>
    <message>
        <source>Your Time</source>
        <translation>您的時間</translation>
    </message>
    <message>
        <source>Show the times in your time zone instead of the conference&apos;s</source>
        <translation>以您所在的時區顯示時間，而非大會的時區</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>縮小（Ctrl+−）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Day grid</source>
        <translation>單日時間表</translation>
    </message>
</context>
<context>
    <name>planner::DesktopNotifications</name>
    <message>
        <source>Open Session</source>
        <translation>開啟議程</translation>
    </message>
</context>
<context>
    <name>planner::DigestReader</name>
    <message>
        <source>invalid UTF-8; a digest must be saved as UTF-8 text</source>
        <translation>UTF-8 編碼無效；摘要檔必須以 UTF-8 文字儲存</translation>
    </message>
    <message>
        <source>expected a &apos;# &apos; conference title</source>
        <translation>應為「# 」開頭的大會標題</translation>
    </message>
    <message>
        <source>expected at least one &apos;## &apos; session in the conference</source>
        <translation>大會中應至少有一個「## 」議程</translation>
    </message>
    <message>
        <source>expected a track name after &apos;# &apos;</source>
        <translation>「# 」之後應為議程軌名稱</translation>
    </message>
    <message>
        <source>expected a &apos;# &apos; track heading before the first &apos;## &apos; session</source>
        <translation>第一個「## 」議程之前應有「# 」議程軌標題</translation>
    </message>
    <message>
        <source>expected a session title after &apos;## &apos;</source>
        <translation>「## 」之後應為議程標題</translation>
    </message>
    <message>
        <source>duplicate session key &apos;%1&apos; (first used on line %2)</source>
        <translation>議程代碼「%1」重複（第一次出現在第 %2 行）</translation>
    </message>
    <message>
        <source>key point outside any session: expected a &apos;## &apos; session heading before this bullet</source>
        <translation>重點不屬於任何議程：此項目之前應有「## 」議程標題</translation>
    </message>
    <message>
        <source>topic label outside any session: expected a &apos;## &apos; session heading before it</source>
        <translation>主題標籤不屬於任何議程：之前應有「## 」議程標題</translation>
    </message>
    <message>
        <source>key points label outside any session: expected a &apos;## &apos; session heading before it</source>
        <translation>重點摘要標籤不屬於任何議程：之前應有「## 」議程標題</translation>
    </message>
    <message>
        <source>a NUL byte; a digest must be saved as UTF-8 text</source>
        <translation>含有 NUL 位元組；摘要檔必須以 UTF-8 文字儲存</translation>
    </message>
</context>
<context>
    <name>planner::DigestWriter</name>
    <message>
        <source>My key point marks</source>
        <translation>我的重點標記</translation>
    </message>
</context>
<context>
    <name>planner::EditKeyPointCommand</name>
    <message>
        <source>Edit Key Point “%1”</source>
        <translation>編輯重點「%1」</translation>
    </message>
</context>
<context>
    <name>planner::ExportCommand</name>
    <message>
        <source>export takes no arguments; name the file with -o FILE</source>
        <translation>export 不接受其他參數；請以 -o 檔案 指定檔案</translation>
    </message>
    <message>
        <source>export needs the file to write: -o FILE</source>
        <translation>export 需要指定要寫入的檔案：-o 檔案</translation>
    </message>
    <message>
        <source>PDF export needs the graphical application object</source>
        <translation>匯出 PDF 需要圖形介面的應用程式物件</translation>
    </message>
    <message>
        <source>no session is bookmarked, so the agenda is empty (bookmark sessions, or export the whole programme with --all)</source>
        <translation>尚未將任何議程加入書籤，因此行程是空的（請將議程加入書籤，或用 --all 匯出整份議程表）</translation>
    </message>
    <message>
        <source>export needs --format ics, md, csv, html, pdf or digest</source>
        <translation>export 需要 --format ics、md、csv、html、pdf 或 digest</translation>
    </message>
    <message>
        <source>--format takes ics, md, csv, html, pdf or digest, not &quot;%1&quot;</source>
        <translation>--format 可用 ics、md、csv、html、pdf 或 digest，而非「%1」</translation>
    </message>
</context>
<context>
    <name>planner::ExportDialog</name>
    <message>
        <source>Export Agenda</source>
        <translation>匯出行程</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>匯出格式</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>議程：</translation>
    </message>
    <message>
        <source>&amp;Bookmarked sessions</source>
        <translation>已加入書籤的議程(&amp;B)</translation>
    </message>
    <message>
        <source>Export bookmarked sessions</source>
        <translation>匯出已加入書籤的議程</translation>
    </message>
    <message>
        <source>&amp;Whole programme</source>
        <translation>整份議程表(&amp;W)</translation>
    </message>
    <message>
        <source>Export the whole programme</source>
        <translation>匯出整份議程表</translation>
    </message>
    <message>
        <source>Include my &amp;notes</source>
        <translation>包含我的筆記(&amp;N)</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>包含我的筆記</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>預覽(&amp;P)：</translation>
    </message>
    <message>
        <source>Preview of the exported file</source>
        <translation>匯出檔案的預覽</translation>
    </message>
    <message>
        <source>Preview of the exported page</source>
        <translation>匯出頁面的預覽</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export to a file</source>
        <translation>匯出至檔案</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) will be exported.</source>
        <translation>
            <numerusform>將匯出 %n 個議程。</numerusform>
        </translation>
    </message>
    <message>
        <source>No session is bookmarked yet: bookmark sessions, or export the whole programme.</source>
        <translation>尚未將任何議程加入書籤：請將議程加入書籤，或匯出整份議程表。</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>Export Finished</source>
        <translation>匯出完成</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>紙張(&amp;A)：</translation>
    </message>
    <message>
        <source>As the language&apos;s country uses</source>
        <translation>依語言所屬國家的慣用紙張</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美規 Letter</translation>
    </message>
    <message>
        <source>Paper size of the PDF</source>
        <translation>PDF 的紙張大小</translation>
    </message>
</context>
<context>
    <name>planner::ExportFile</name>
    <message>
        <source>Cannot export: no file name was given.</source>
        <translation>無法匯出：未指定檔案名稱。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder, not a file.</source>
        <translation>無法寫入 %1：這是資料夾，而不是檔案。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>無法寫入 %1：資料夾 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>planner::ExportNotice</name>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>開啟匯出的檔案</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>在資料夾中顯示</translation>
    </message>
    <message>
        <source>Open the folder of the exported file</source>
        <translation>開啟匯出檔案所在的資料夾</translation>
    </message>
</context>
<context>
    <name>planner::ExportedAgendaMerge</name>
    <message>
        <source>this file is an agenda of &quot;%1&quot; exported by Conference Planner, but none of its sessions is in a conference here; import the conference&apos;s programme first. Nothing was changed.</source>
        <translation>此檔案是「大會行程規劃」匯出的「%1」行程，但其中沒有任何議程屬於這裡的大會；請先匯入該大會的議程表。未做任何變更。</translation>
    </message>
</context>
<context>
    <name>planner::FieldLimit</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 位元組</translation>
    </message>
    <message>
        <source>the %1 of &quot;%2&quot; is %3; only its first %4 are kept</source>
        <translation>「%2」的 %1 有 %3；只保留前 %4</translation>
    </message>
</context>
<context>
    <name>planner::GettingStartedDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>入門說明</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Welcome to Conference Planner.&lt;/b&gt; The programme is on the left, track by track; the selected session&apos;s details are beside it. Search with Ctrl+F.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bookmarks&lt;/b&gt; — press Ctrl+D or click ☆ to bookmark a session you will attend. Bookmarked sessions make up &lt;b&gt;My Schedule&lt;/b&gt; (Ctrl+3), day by day, with clashing sessions flagged; press Enter there to go back to a session.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Notes&lt;/b&gt; — star a session&apos;s key points with Space, comment on them with F2, and write notes (Ctrl+2). Everything is saved as you type and kept when the programme is updated.&lt;/p&gt;&lt;p&gt;Import another conference with Ctrl+O or by dropping its file on the window. Help ▸ Keyboard Shortcuts lists every key; this text is in Help ▸ Getting Started.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;歡迎使用大會行程規劃。&lt;/b&gt;左側是依議程軌排列的議程表，旁邊顯示所選議程的詳細資料。按 Ctrl+F 搜尋。&lt;/p&gt;&lt;p&gt;&lt;b&gt;書籤&lt;/b&gt;——按 Ctrl+D 或點選 ☆，將要參加的議程加入書籤。加入書籤的議程會依日期排入&lt;b&gt;我的行程&lt;/b&gt;（Ctrl+3），時間衝突的議程會被標示；在行程中按 Enter 可回到該議程。&lt;/p&gt;&lt;p&gt;&lt;b&gt;筆記&lt;/b&gt;——按空白鍵為議程重點加上星號，按 F2 加上評註，並可撰寫筆記（Ctrl+2）。所有內容都會在輸入時自動儲存，議程表更新時也會保留。&lt;/p&gt;&lt;p&gt;按 Ctrl+O 或將檔案拖放到視窗上即可匯入其他大會。說明 ▸ 鍵盤快速鍵列出所有按鍵；本說明也可在說明 ▸ 入門說明中找到。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>planner::GraphicalBinary</name>
    <message>
        <source>%1 is missing: reinstall the planner</source>
        <translation>找不到 %1：請重新安裝本規劃工具</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>無法啟動 %1：%2</translation>
    </message>
</context>
<context>
    <name>planner::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>入門說明(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Conference Planner</source>
        <translation>關於大會行程規劃(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Conference Planner %1&lt;/h3&gt;&lt;p&gt;Plan the conference sessions you attend, with notes, in Traditional Chinese or English.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Conference Planner is free software: you can redistribute it and modify it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt; (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;It uses the Qt libraries under the &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;GNU Lesser General Public License, version 3&lt;/a&gt; (LGPL-3.0); see Help ▸ About Qt.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;大會行程規劃 %1&lt;/h3&gt;&lt;p&gt;以繁體中文或英文規劃您要參加的大會議程並記錄筆記。&lt;/p&gt;&lt;p&gt;以 Qt %2 建置，執行於 Qt %3。&lt;/p&gt;&lt;p&gt;大會行程規劃是自由軟體：您可以依照 &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU 通用公共授權條款第 3 版或更新版本&lt;/a&gt;（GPL-3.0-or-later）散布及修改。&lt;/p&gt;&lt;p&gt;本程式使用的 Qt 函式庫採用 &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;GNU 較寬鬆通用公共授權條款第 3 版&lt;/a&gt;（LGPL-3.0）授權；請見說明 ▸ 關於 Qt。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Conference Planner</source>
        <translation>關於大會行程規劃</translation>
    </message>
</context>
<context>
    <name>planner::HtmlWriter</name>
    <message>
        <source>No sessions in this agenda.</source>
        <translation>此行程中沒有任何議程。</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>時間以 %1 時區表示</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), exported %1</source>
        <translation>
            <numerusform>%n 個議程，匯出於 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>starred</source>
        <translation>已加星號</translation>
    </message>
</context>
<context>
    <name>planner::ICalendarContent</name>
    <message>
        <source>a NUL byte; an iCalendar file is text</source>
        <translation>含有 NUL 位元組；iCalendar 檔案應為文字檔</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); iCalendar files are UTF-8</source>
        <translation>UTF-8 編碼無效（位元組 0x%1）；iCalendar 檔案必須是 UTF-8</translation>
    </message>
    <message>
        <source>expected a content line, NAME:VALUE or NAME;PARAMETER=VALUE:VALUE</source>
        <translation>應為內容行：NAME:VALUE 或 NAME;PARAMETER=VALUE:VALUE</translation>
    </message>
</context>
<context>
    <name>planner::ICalendarReader</name>
    <message>
        <source>expected BEGIN:VCALENDAR</source>
        <translation>應為 BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>expected END:%1, found END:%2</source>
        <translation>應為 END:%1，卻是 END:%2</translation>
    </message>
    <message>
        <source>expected END:%1 before the end of the file</source>
        <translation>檔案結束前應有 END:%1</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>行事曆</translation>
    </message>
    <message>
        <source>the calendar lists no sessions: it holds no events (VEVENT); nothing was imported</source>
        <translation>行事曆中沒有任何議程：其中沒有事件（VEVENT）；未匯入任何內容</translation>
    </message>
</context>
<context>
    <name>planner::ICalendarTimes</name>
    <message>
        <source>expected a %1 DATE (YYYYMMDD), found &quot;%2&quot;</source>
        <translation>%1 應為 DATE（YYYYMMDD），卻是「%2」</translation>
    </message>
    <message>
        <source>expected a %1 date and time (YYYYMMDDTHHMMSS, Z for UTC), found &quot;%2&quot;</source>
        <translation>%1 應為日期時間（YYYYMMDDTHHMMSS，UTC 時間結尾加 Z），卻是「%2」</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot; in TZID</source>
        <translation>TZID 中有未知的時區「%1」</translation>
    </message>
    <message>
        <source>expected a DURATION such as PT45M or P1DT2H, found &quot;%1&quot;</source>
        <translation>應為 PT45M 或 P1DT2H 之類的 DURATION，卻是「%1」</translation>
    </message>
    <message>
        <source>the event ends before it starts</source>
        <translation>事件的結束時間早於開始時間</translation>
    </message>
    <message>
        <source>the event &quot;%1&quot; repeats more often than daily; only its first occurrence is listed</source>
        <translation>事件「%1」重複得比每天一次更頻繁；只列出第一次</translation>
    </message>
    <message>
        <source>the repeat rule of the event &quot;%1&quot; cannot be read; only its first occurrence is listed</source>
        <translation>無法讀取事件「%1」的重複規則；只列出第一次</translation>
    </message>
    <message>
        <source>the event &quot;%1&quot; repeats without end; it is listed until %2</source>
        <translation>事件「%1」無限期重複；列到 %2 為止</translation>
    </message>
    <message>
        <source>the event &quot;%1&quot; repeats more than %2 times; only the first %2 are listed</source>
        <translation>事件「%1」重複超過 %2 次；只列出前 %2 次</translation>
    </message>
    <message>
        <source>the event&apos;s times cannot be read</source>
        <translation>無法讀取此事件的時間</translation>
    </message>
</context>
<context>
    <name>planner::ImportSummary</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>on demand</source>
        <translation>隨選觀看</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 於 %2</translation>
    </message>
    <message>
        <source>Your bookmarked sessions:</source>
        <translation>您加入書籤的議程：</translation>
    </message>
    <message>
        <source>  moved: %1, from %2 to %3</source>
        <translation>  已異動：%1，從 %2 改至 %3</translation>
    </message>
    <message>
        <source>  cancelled: %1; your notes and bookmark on it are kept</source>
        <translation>  已取消：%1；您在此議程的筆記與書籤都會保留</translation>
    </message>
    <message>
        <source>  now clashes: %1 with %2</source>
        <translation>  出現衝突：%1 與 %2</translation>
    </message>
    <message>
        <source>  new in a track you follow: %1, %2</source>
        <translation>  您關注的議程軌有新議程：%1，%2</translation>
    </message>
    <message>
        <source>Imported %1 (%2).</source>
        <translation>已匯入 %1（%2）。</translation>
    </message>
    <message>
        <source>Updated %1 (%2).</source>
        <translation>已更新 %1（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>新增 %n 個議程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>更新 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>%n 個未變更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed from the programme</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>%n 個已從議程表移除</numerusform>
        </translation>
    </message>
    <message>
        <source>  removed: %1 (%2); your notes and bookmarks on it are kept</source>
        <translation>  已移除：%1（%2）；您在此議程的筆記與書籤都會保留</translation>
    </message>
    <message numerus="yes">
        <source>%1 would remove %2 of the %n session(s) of &quot;%3&quot;.</source>
        <translation>
            <numerusform>%1 會移除「%3」%n 場議程中的 %2 場。</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged an agenda exported from %1 (%2) into your bookmarks; its programme is unchanged.</source>
        <translation>已將從 %1（%2）匯出的行程合併到您的書籤；議程表維持不變。</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) bookmarked</source>
        <translation>
            <numerusform>已將 %n 個議程加入書籤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already bookmarked</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>%n 個已在書籤中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned time(s) set</source>
        <translation>
            <numerusform>已設定 %n 個預定時間</numerusform>
        </translation>
    </message>
    <message>
        <source>  not in the programme: %1</source>
        <translation>  不在議程表中：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>  bookmarked session &quot;%1&quot; is now titled &quot;%2&quot; (%3)</source>
        <translation>  您加入書籤的議程「%1」現在的標題是「%2」（%3）</translation>
    </message>
</context>
<context>
    <name>planner::Importer</name>
    <message numerus="yes">
        <source>this file would remove %1 of the %n session(s) of &quot;%2&quot;; nothing was changed</source>
        <translation>
            <numerusform>這個檔案會移除「%2」%n 場議程中的 %1 場；未做任何變更</numerusform>
        </translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was changed</source>
        <translation>已取消匯入；未做任何變更</translation>
    </message>
</context>
<context>
    <name>planner::KeyPointActions</name>
    <message>
        <source>Unstar</source>
        <translation>取消星號</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>加上星號</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>編輯評註</translation>
    </message>
    <message>
        <source>Edit Key Point</source>
        <translation>編輯重點</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>planner::KeyPointModel</name>
    <message>
        <source>%1: %2</source>
        <comment>a key point&apos;s bold lead-in, then its text</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Star this key point</source>
        <translation>為此重點加上星號</translation>
    </message>
    <message>
        <source>Your comment (double-click or F2 to edit)</source>
        <translation>您的評註（按兩下或按 F2 編輯）</translation>
    </message>
    <message>
        <source>Key point</source>
        <translation>重點</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>您的評註</translation>
    </message>
    <message>
        <source>Your own key point (Shift+F2 to edit, Ctrl+Shift+Up or Down to move)</source>
        <translation>您的自訂重點（Shift+F2 編輯，Ctrl+Shift+上或下移動）</translation>
    </message>
</context>
<context>
    <name>planner::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>No conference</source>
        <translation>沒有大會</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>議程表</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
    <message>
        <source>Conference Planner</source>
        <translation>大會行程規劃</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>My Schedule</source>
        <translation>我的行程</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) shown</source>
        <translation>
            <numerusform>共 %n 個議程，顯示 %1 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n 個議程</numerusform>
        </translation>
    </message>
    <message>
        <source>No session matches. Press Esc in the search field to clear it, or change the filters.</source>
        <translation>沒有符合的議程。請在搜尋欄位按 Esc 清除搜尋，或變更篩選條件。</translation>
    </message>
    <message numerus="yes">
        <source>%n bookmarked</source>
        <translation>
            <numerusform>%n 個已加入書籤</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be written: you can browse and export, but bookmarks, notes and imports cannot be saved.</source>
        <translation>無法寫入 %1：您可以瀏覽與匯出，但無法儲存書籤、筆記與匯入的議程表。</translation>
    </message>
    <message>
        <source>Notes Not Saved</source>
        <translation>筆記尚未儲存</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) could not be saved to the database.</source>
        <translation>
            <numerusform>有 %n 則筆記無法儲存到資料庫。</numerusform>
        </translation>
    </message>
    <message>
        <source>If you close now, what you typed in them is lost. Keep the window open to copy them, or free some disk space and close again.</source>
        <translation>如果現在關閉，您在其中輸入的內容將會遺失。請保持視窗開啟以便複製，或釋出一些磁碟空間後再關閉。</translation>
    </message>
    <message>
        <source>Keep Window Open</source>
        <translation>保持視窗開啟</translation>
    </message>
    <message>
        <source>Close and Lose Them</source>
        <translation>關閉並捨棄</translation>
    </message>
    <message>
        <source>Read-only: changes are not saved</source>
        <translation>唯讀：變更不會儲存</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>保留 %1</translation>
    </message>
    <message numerus="yes">
        <source>Kept “%1”; %n clashing bookmark(s) removed. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>已保留「%1」，移除 %n 個時間衝突的書籤。按 Ctrl+Z 可復原。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外觀(&amp;A)</translation>
    </message>
    <message>
        <source>Nothing in this programme runs now or later.</source>
        <translation>此議程表中現在及之後都沒有議程。</translation>
    </message>
    <message>
        <source>fits %1</source>
        <comment>the sessions that fit in a gap of the user&apos;s day</comment>
        <translation>可排入 %1</translation>
    </message>
</context>
<context>
    <name>planner::MainWindowActions</name>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Import Programme…</source>
        <translation>匯入議程表(&amp;I)…</translation>
    </message>
    <message>
        <source>Import or update a programme: Pentabarf/frab XML, schedule.json, iCalendar or a session digest (Ctrl+O)</source>
        <translation>匯入或更新議程表：Pentabarf/frab XML、schedule.json、iCalendar 或議程摘要（Ctrl+O）</translation>
    </message>
    <message>
        <source>&amp;Export Agenda…</source>
        <translation>匯出行程(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Conference…</source>
        <translation>刪除大會(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Back Up My Notes and Bookmarks…</source>
        <translation>備份我的筆記與書籤(&amp;B)…</translation>
    </message>
    <message>
        <source>Save your bookmarks, notes, annotations and planned times to a file, to keep or to move to another computer</source>
        <translation>將您的書籤、筆記、註記與規劃時間存成檔案，可留存備用或搬到另一台電腦</translation>
    </message>
    <message>
        <source>&amp;Restore Notes and Bookmarks…</source>
        <translation>還原筆記與書籤(&amp;R)…</translation>
    </message>
    <message>
        <source>Merge a backup into your notes and bookmarks; nothing of yours is removed</source>
        <translation>將備份合併到您的筆記與書籤中；不會刪除您現有的任何資料</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>Search titles, codes, key points, topics, speakers and your notes (Ctrl+F)</source>
        <translation>搜尋標題、編號、重點、主題、講者與您的筆記（Ctrl+F）</translation>
    </message>
    <message>
        <source>Toggle &amp;Bookmark</source>
        <translation>切換書籤(&amp;B)</translation>
    </message>
    <message>
        <source>★ Bookmark</source>
        <translation>★ 書籤</translation>
    </message>
    <message>
        <source>Add the selected session to your schedule, or remove it (Ctrl+D)</source>
        <translation>將選取的議程加入您的行程，或從中移除（Ctrl+D）</translation>
    </message>
    <message>
        <source>Show &amp;Bookmarked Only</source>
        <translation>只顯示已加入書籤的議程(&amp;B)</translation>
    </message>
    <message>
        <source>Bookmarked only</source>
        <translation>只看書籤</translation>
    </message>
    <message>
        <source>Add &amp;Key Point…</source>
        <translation>新增重點(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Expand All Tracks</source>
        <translation>展開所有議程軌(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Collapse All Tracks</source>
        <translation>收合所有議程軌(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Previous Session</source>
        <translation>上一個議程(&amp;P)</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一個</translation>
    </message>
    <message>
        <source>&amp;Next Session</source>
        <translation>下一個議程(&amp;N)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一個 ▶</translation>
    </message>
    <message>
        <source>Go to &amp;Programme</source>
        <translation>前往議程表(&amp;P)</translation>
    </message>
    <message>
        <source>Go to &amp;Notes</source>
        <translation>前往筆記(&amp;N)</translation>
    </message>
    <message>
        <source>Go to &amp;Schedule</source>
        <translation>前往行程(&amp;S)</translation>
    </message>
    <message>
        <source>As the &amp;Desktop</source>
        <translation>跟隨桌面(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>淺色(&amp;L)</translation>
    </message>
    <message>
        <source>Dar&amp;k</source>
        <translation>深色(&amp;K)</translation>
    </message>
    <message>
        <source>Go to N&amp;ow</source>
        <translation>前往現在(&amp;O)</translation>
    </message>
    <message>
        <source>Select what runs now, or the next session, in the day grid and the tree (Ctrl+Shift+N)</source>
        <translation>在單日時間表與議程樹中選取正在進行或下一個議程（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>By &amp;Track</source>
        <translation>依議程軌(&amp;T)</translation>
    </message>
    <message>
        <source>By &amp;Day</source>
        <translation>依日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Now and Next</source>
        <translation>現在與接下來(&amp;N)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Print Agenda…</source>
        <translation>列印行程(&amp;P)…</translation>
    </message>
    <message>
        <source>Print your bookmarked sessions as the PDF export lays them out</source>
        <translation>依 PDF 匯出的版面列印已加入書籤的議程</translation>
    </message>
    <message>
        <source>Chinese Text as &amp;Written</source>
        <translation>中文依原文顯示(&amp;W)</translation>
    </message>
    <message>
        <source>Show Chinese content as the programme wrote it, rather than Simplified Chinese in Traditional script</source>
        <translation>依議程原文顯示中文內容，不將簡體中文轉為繁體</translation>
    </message>
</context>
<context>
    <name>planner::MarkdownWriter</name>
    <message>
        <source>No sessions in this agenda.</source>
        <translation>此行程中沒有任何議程。</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>時間以 %1 時區表示</translation>
    </message>
</context>
<context>
    <name>planner::MoveKeyPointCommand</name>
    <message>
        <source>Move Key Point “%1”</source>
        <translation>移動重點「%1」</translation>
    </message>
</context>
<context>
    <name>planner::NotesEditor</name>
    <message>
        <source>&amp;Notes</source>
        <translation>筆記(&amp;N)</translation>
    </message>
    <message>
        <source>Your notes on this session. They are saved as you type.</source>
        <translation>您對此議程的筆記，輸入時會自動儲存。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <source>Not saved yet: %1. Your text stays here; it is saved when the database can be written again.</source>
        <translation>尚未儲存：%1。您的文字會保留在這裡，待資料庫可再寫入時就會儲存。</translation>
    </message>
    <message>
        <source>The database is read-only: notes can be read here but not changed.</source>
        <translation>資料庫為唯讀：可在此閱讀筆記，但無法修改。</translation>
    </message>
    <message numerus="yes">
        <source>%n other note(s) are waiting to be saved too.</source>
        <translation>
            <numerusform>另有 %n 則筆記也在等待儲存。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::NowNextModel</name>
    <message numerus="yes">
        <source>Running now (%n)</source>
        <translation>
            <numerusform>正在進行（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starting within the hour (%n)</source>
        <translation>
            <numerusform>一小時內開始（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <comment>minutes until the session starts</comment>
        <translation>
            <numerusform>%n 分鐘後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>started %n min ago</source>
        <translation>
            <numerusform>%n 分鐘前開始</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <comment>minutes until the session ends</comment>
        <translation>
            <numerusform>剩 %n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <source>Session</source>
        <translation>議程</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>會議室</translation>
    </message>
</context>
<context>
    <name>planner::NowNextPane</name>
    <message>
        <source>Now and next</source>
        <translation>現在與接下來</translation>
    </message>
    <message>
        <source>At %1 %2, conference time</source>
        <translation>大會時間 %1 %2</translation>
    </message>
</context>
<context>
    <name>planner::OpenUrlDialog</name>
    <message>
        <source>Open URL</source>
        <translation>開啟網址</translation>
    </message>
    <message>
        <source>&amp;Address of a programme, or of the conference&apos;s page:</source>
        <translation>議程表或大會網頁的網址(&amp;A)：</translation>
    </message>
    <message>
        <source>https://example.org/2026/schedule.xml</source>
        <translation>https://example.org/2026/schedule.xml</translation>
    </message>
    <message>
        <source>Pentabarf/frab XML, schedule.json or iCalendar. The conference remembers the address: View ▸ Refresh Programme (F5) downloads it again.</source>
        <translation>Pentabarf/frab XML、schedule.json 或 iCalendar。大會會記住這個網址：「檢視 ▸ 重新下載議程表」（F5）會再次下載。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
</context>
<context>
    <name>planner::OpenUrlFlow</name>
    <message>
        <source>Open &amp;URL…</source>
        <translation>開啟網址(&amp;U)…</translation>
    </message>
    <message>
        <source>Import a programme from its web address, or from the page of the conference that links to it (Ctrl+Shift+O)</source>
        <translation>從議程表的網址，或從連到議程表的大會網頁匯入議程表（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>&amp;Refresh Programme</source>
        <translation>重新下載議程表(&amp;R)</translation>
    </message>
    <message>
        <source>Download the programme again from the address it came from; your bookmarks and notes are kept (F5)</source>
        <translation>從議程表原本的網址重新下載；您的書籤與筆記都會保留（F5）</translation>
    </message>
    <message>
        <source>Refresh &amp;Automatically</source>
        <translation>自動重新下載(&amp;A)</translation>
    </message>
    <message>
        <source>When the Planner &amp;Opens</source>
        <translation>開啟規劃工具時(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Never While It Runs</source>
        <translation>大會期間不自動下載(&amp;N)</translation>
    </message>
    <message>
        <source>Every &amp;15 Minutes While the Conference Runs</source>
        <translation>大會期間每 15 分鐘(&amp;1)</translation>
    </message>
    <message>
        <source>Every &amp;30 Minutes While the Conference Runs</source>
        <translation>大會期間每 30 分鐘(&amp;3)</translation>
    </message>
    <message>
        <source>Every &amp;Hour While the Conference Runs</source>
        <translation>大會期間每小時(&amp;H)</translation>
    </message>
    <message>
        <source>Programme &amp;Changes…</source>
        <translation>議程表異動(&amp;C)…</translation>
    </message>
    <message>
        <source>Sessions that are new, moved, changed or cancelled since you last looked, with what they were</source>
        <translation>自您上次查看後新增、改時間或地點、內容變更或取消的議程，以及它們原本的樣子</translation>
    </message>
    <message>
        <source>This programme was not opened from a web address; File ▸ Open URL… opens one that can be refreshed.</source>
        <translation>這份議程表不是從網址開啟的；「檔案 ▸ 開啟網址…」可開啟能重新下載的議程表。</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>正在下載 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a programme&apos;s title, then its address</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose a Programme</source>
        <translation>選擇議程表</translation>
    </message>
    <message>
        <source>%1 links to several programmes. Which one do you want?</source>
        <translation>%1 連到好幾份議程表。您要哪一份？</translation>
    </message>
    <message>
        <source>Nothing was opened.</source>
        <translation>未開啟任何內容。</translation>
    </message>
    <message>
        <source>Download cancelled; nothing was changed.</source>
        <translation>已取消下載；未做任何變更。</translation>
    </message>
    <message>
        <source>The programme has not changed since it was downloaded.</source>
        <translation>議程表自上次下載後沒有變更。</translation>
    </message>
    <message>
        <source>The programme could not be refreshed; nothing was changed. %1</source>
        <translation>無法重新下載議程表；未做任何變更。%1</translation>
    </message>
    <message>
        <source>Download Failed</source>
        <translation>下載失敗</translation>
    </message>
    <message>
        <source>The programme could not be downloaded. Nothing stored was changed.

%1</source>
        <translation>無法下載議程表。已儲存的內容均未變更。

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) changed since you last looked: View ▸ Programme Changes.</source>
        <translation>
            <numerusform>自您上次查看後，有 %n 場議程異動：請見「檢視 ▸ 議程表異動」。</numerusform>
        </translation>
    </message>
    <message>
        <source>The programme could not be refreshed: %1. View ▸ Refresh Programme (F5) asks for them.</source>
        <translation>無法重新下載議程表：%1。「檢視 ▸ 重新下載議程表」（F5）會詢問您。</translation>
    </message>
    <message>
        <source>Nothing was downloaded: %1.</source>
        <translation>未下載任何內容：%1。</translation>
    </message>
</context>
<context>
    <name>planner::PasswordKeyring</name>
    <message>
        <source>The password could not be kept in the keyring (%1): it will be asked for again at the next start.</source>
        <translation>無法將密碼保存在金鑰圈中（%1）：下次啟動時會再次詢問。</translation>
    </message>
</context>
<context>
    <name>planner::PentabarfReader</name>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>XML 格式不正確：%1</translation>
    </message>
    <message>
        <source>the file declares XML entities (&lt;!ENTITY&gt;); programmes never need them and they can be used to attack the reader, so the file is refused</source>
        <translation>檔案宣告了 XML 實體（&lt;!ENTITY&gt;）；議程表不需要實體，而實體可能被用來攻擊讀取程式，因此拒絕此檔案</translation>
    </message>
    <message>
        <source>expected &lt;schedule&gt; as the root element, found &lt;%1&gt;</source>
        <translation>根元素應為 &lt;schedule&gt;，卻是 &lt;%1&gt;</translation>
    </message>
    <message>
        <source>expected a &lt;schedule&gt; element</source>
        <translation>應有 &lt;schedule&gt; 元素</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>未知的時區「%1」</translation>
    </message>
    <message>
        <source>expected a date attribute (YYYY-MM-DD) on &lt;day&gt;</source>
        <translation>&lt;day&gt; 應有 date 屬性（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>expected a time of day (HH:MM) in &lt;start&gt;, found &quot;%1&quot;</source>
        <translation>&lt;start&gt; 應為時刻（HH:MM），卻是「%1」</translation>
    </message>
    <message>
        <source>expected a duration (H:MM) in &lt;duration&gt;, found &quot;%1&quot;</source>
        <translation>&lt;duration&gt; 應為時間長度（H:MM），卻是「%1」</translation>
    </message>
    <message>
        <source>a NUL byte; a schedule.xml file is text</source>
        <translation>含有 NUL 位元組；schedule.xml 檔案應為文字檔</translation>
    </message>
    <message>
        <source>incorrectly encoded content: not UTF-8, nor the encoding the file declares</source>
        <translation>內容編碼錯誤：既非 UTF-8，也不符合檔案宣告的編碼</translation>
    </message>
    <message>
        <source>a character or markup XML does not allow here</source>
        <translation>此處出現 XML 不允許的字元或標記</translation>
    </message>
    <message>
        <source>the file ends before its elements are closed</source>
        <translation>檔案在元素結束之前就已結束</translation>
    </message>
    <message>
        <source>an end tag does not match the element it closes</source>
        <translation>結束標籤與其所結束的元素不符</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>語法錯誤</translation>
    </message>
    <message>
        <source>an attribute is given twice</source>
        <translation>同一個屬性出現兩次</translation>
    </message>
    <message>
        <source>a reference to an undeclared entity</source>
        <translation>引用了未宣告的實體</translation>
    </message>
    <message>
        <source>a namespace prefix that is not declared</source>
        <translation>使用了未宣告的命名空間前綴</translation>
    </message>
    <message>
        <source>an encoding that is not supported; save the file as UTF-8</source>
        <translation>不支援的編碼；請將檔案存為 UTF-8</translation>
    </message>
</context>
<context>
    <name>planner::PlanTimeDialog</name>
    <message>
        <source>Plan a Time</source>
        <translation>規劃時間</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes</comment>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>長度（分鐘）</translation>
    </message>
    <message>
        <source>&amp;Start (%1):</source>
        <translation>開始時間（%1）(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>長度(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>planner::PlannerJsonReader</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>expected &quot;format&quot;: &quot;%1&quot; at the top level</source>
        <translation>最上層應有 &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>format version %1 is not supported (this version reads up to %2)</source>
        <translation>不支援格式版本 %1（此版本最多能讀取 %2）</translation>
    </message>
    <message>
        <source>the conference has no &quot;key&quot;</source>
        <translation>大會缺少 &quot;key&quot;</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>未知的時區「%1」</translation>
    </message>
    <message>
        <source>track %1 has no &quot;key&quot;</source>
        <translation>第 %1 個議程軌缺少 &quot;key&quot;</translation>
    </message>
    <message>
        <source>track key &quot;%1&quot; appears twice</source>
        <translation>議程軌代碼「%1」出現兩次</translation>
    </message>
    <message>
        <source>session %1 has no &quot;key&quot;</source>
        <translation>第 %1 個議程缺少 &quot;key&quot;</translation>
    </message>
    <message>
        <source>session key &quot;%1&quot; appears twice</source>
        <translation>議程代碼「%1」出現兩次</translation>
    </message>
    <message>
        <source>session &quot;%1&quot; names an unknown track &quot;%2&quot;</source>
        <translation>議程「%1」指向未知的議程軌「%2」</translation>
    </message>
    <message>
        <source>session &quot;%1&quot;: &quot;day&quot; is not a date (YYYY-MM-DD)</source>
        <translation>議程「%1」：&quot;day&quot; 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>session &quot;%1&quot;: &quot;start&quot; is not an ISO 8601 date and time with offset</source>
        <translation>議程「%1」：&quot;start&quot; 不是含時差的 ISO 8601 日期時間</translation>
    </message>
    <message>
        <source>session &quot;%1&quot; ends before it starts</source>
        <translation>議程「%1」的結束時間早於開始時間</translation>
    </message>
    <message>
        <source>a NUL byte; a programme file is text</source>
        <translation>含有 NUL 位元組；議程表檔案應為文字檔</translation>
    </message>
</context>
<context>
    <name>planner::ProgrammeDownload</name>
    <message>
        <source>%1 is not a web address: only http and https are downloaded</source>
        <translation>%1 不是網址：只能下載 http 與 https 網址</translation>
    </message>
    <message>
        <source>%1 names no server</source>
        <translation>%1 未指定伺服器</translation>
    </message>
    <message>
        <source>%1: %2 redirects to %3, which is not a web address</source>
        <translation>%1：%2 重新導向到 %3，這不是網址</translation>
    </message>
    <message>
        <source>%1: %2 redirects from a secure address to an insecure one (%3)</source>
        <translation>%1：%2 從安全的網址重新導向到不安全的網址（%3）</translation>
    </message>
    <message>
        <source>%1: the redirects go round in a loop (back to %2)</source>
        <translation>%1：重新導向形成迴圈（又回到 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%1: more than %n redirect(s); the last one was to %2</source>
        <translation>
            <numerusform>%1：重新導向超過 %n 次；最後一次導向 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: larger than %2 MB, more than any programme; nothing was downloaded</source>
        <translation>%1：大於 %2 MB，超過任何議程表的大小；未下載任何內容</translation>
    </message>
    <message>
        <source>%1: the download from %2 ended early (%3 of %4 bytes)</source>
        <translation>%1：從 %2 下載時提前中斷（只收到 %4 位元組中的 %3 位元組）</translation>
    </message>
    <message>
        <source>%1: the secure connection to %2 cannot be trusted: %3</source>
        <translation>%1：無法信任與 %2 的安全連線：%3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 sent nothing for %n second(s)</source>
        <translation>
            <numerusform>%1：%2 已有 %n 秒沒有傳送任何資料</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 answered HTTP %3 %4</source>
        <translation>%1：%2 回應 HTTP %3 %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 refused the user name and password</source>
        <translation>%1：%2 不接受這組使用者名稱與密碼</translation>
    </message>
    <message>
        <source>%1: %2 refused the user name and password for “%3”</source>
        <translation>%1：%2 不接受「%3」的這組使用者名稱與密碼</translation>
    </message>
    <message>
        <source>%1: %2 asks for a user name and password</source>
        <translation>%1：%2 要求輸入使用者名稱與密碼</translation>
    </message>
    <message>
        <source>%1: %2 asks for a user name and password for “%3”</source>
        <translation>%1：%2 要求輸入「%3」的使用者名稱與密碼</translation>
    </message>
</context>
<context>
    <name>planner::ProgrammeFetch</name>
    <message>
        <source>%1 now gives a web page, not a programme</source>
        <translation>%1 現在提供的是網頁，不是議程表</translation>
    </message>
    <message>
        <source>%1 links to %2, which is a web page, not a programme</source>
        <translation>%1 連到 %2，但那是網頁，不是議程表</translation>
    </message>
    <message>
        <source>%1 is a web page that links to no programme (no schedule.xml, .json or .ics, and no &lt;link rel=&quot;alternate&quot;&gt; to one)</source>
        <translation>%1 是沒有連到任何議程表的網頁（沒有 schedule.xml、.json 或 .ics，也沒有指向議程表的 &lt;link rel=&quot;alternate&quot;&gt;）</translation>
    </message>
    <message numerus="yes">
        <source>%1 links to %n programme(s); give the address of one</source>
        <translation>
            <numerusform>%1 連到 %n 份議程表；請指定其中一份的網址</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::ProgrammeFilterBar</name>
    <message>
        <source>Day filter</source>
        <translation>日期篩選</translation>
    </message>
    <message>
        <source>Show one day only</source>
        <translation>只顯示單一日期</translation>
    </message>
    <message>
        <source>Track filter</source>
        <translation>議程軌篩選</translation>
    </message>
    <message>
        <source>Show one track only</source>
        <translation>只顯示單一議程軌</translation>
    </message>
    <message>
        <source>Room filter</source>
        <translation>會議室篩選</translation>
    </message>
    <message>
        <source>Show one room only</source>
        <translation>只顯示單一會議室</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>所有日期</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>所有議程軌</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>所有會議室</translation>
    </message>
    <message>
        <source>Show sessions at any time again</source>
        <translation>再次顯示所有時段的議程</translation>
    </message>
    <message>
        <source>Clear the time filter</source>
        <translation>清除時段篩選</translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <comment>a span of time the programme is narrowed to</comment>
        <translation>%1 ✕</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <comment>sessions changed since the user last looked</comment>
        <translation>異動（%1）</translation>
    </message>
    <message>
        <source>Show only the sessions that are new, moved, changed or cancelled since you last looked</source>
        <translation>只顯示自您上次查看後新增、改時間或地點、內容變更或取消的議程</translation>
    </message>
    <message>
        <source>Show only changed sessions</source>
        <translation>只顯示有異動的議程</translation>
    </message>
    <message>
        <source>Mark All as Seen</source>
        <translation>全部標示為已看過</translation>
    </message>
    <message>
        <source>Clear the badges of every changed session</source>
        <translation>清除所有異動議程的標記</translation>
    </message>
</context>
<context>
    <name>planner::ProgrammePasswordDialog</name>
    <message>
        <source>Password Needed</source>
        <translation>需要密碼</translation>
    </message>
    <message>
        <source>%1 asks for a user name and password before it gives the programme.</source>
        <translation>%1 要求先輸入使用者名稱與密碼，才提供議程表。</translation>
    </message>
    <message>
        <source>%1 asks for a user name and password for “%2” before it gives the programme.</source>
        <translation>%1 要求先輸入「%2」的使用者名稱與密碼，才提供議程表。</translation>
    </message>
    <message>
        <source>%1 did not accept the user name and password.</source>
        <translation>%1 不接受這組使用者名稱與密碼。</translation>
    </message>
    <message>
        <source>&amp;Keep them in the keyring, for the next refresh</source>
        <translation>保存在金鑰圈中，供下次重新下載使用(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>下載(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>planner::ProgrammeReader</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>無法開啟檔案：%1</translation>
    </message>
    <message>
        <source>the file is %1 MB; programmes larger than %2 MB are refused</source>
        <translation>檔案大小為 %1 MB；超過 %2 MB 的議程表將被拒絕</translation>
    </message>
    <message>
        <source>the file lists no sessions; nothing was imported</source>
        <translation>檔案中沒有任何議程；未匯入任何內容</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <source>not a programme: the file is not text (it holds NUL bytes)</source>
        <translation>不是議程表：此檔案不是文字檔（含有 NUL 位元組）</translation>
    </message>
    <message>
        <source>not a programme this version can read (expected a session digest, a Conference Planner programme, a Pentabarf/frab schedule.xml, a schedule.json, a schedule2 file or an iCalendar file)</source>
        <translation>不是此版本能讀取的議程表（應為議程摘要、「大會行程規劃」議程表、Pentabarf/frab schedule.xml、schedule.json、schedule2 檔案或 iCalendar 檔案）</translation>
    </message>
</context>
<context>
    <name>planner::ProgrammeSourceStore</name>
    <message>
        <source>no conference with the key &quot;%1&quot; is stored</source>
        <translation>沒有已儲存的大會代碼為「%1」</translation>
    </message>
</context>
<context>
    <name>planner::ProgrammeStore</name>
    <message>
        <source>no conference with the key &quot;%1&quot;</source>
        <translation>沒有代碼為「%1」的大會</translation>
    </message>
</context>
<context>
    <name>planner::ProgrammeTabs</name>
    <message>
        <source>Programme views</source>
        <translation>議程表檢視方式</translation>
    </message>
    <message>
        <source>By Track</source>
        <translation>依議程軌</translation>
    </message>
    <message>
        <source>By Day</source>
        <translation>依日期</translation>
    </message>
    <message>
        <source>Now &amp;&amp; Next</source>
        <translation>現在與接下來</translation>
    </message>
    <message>
        <source>The programme&apos;s tracks and their sessions (Alt+1)</source>
        <translation>議程表的各議程軌與其議程（Alt+1）</translation>
    </message>
    <message>
        <source>A day by time and room (Alt+2)</source>
        <translation>依時間與會議室排列的單日議程（Alt+2）</translation>
    </message>
    <message>
        <source>What runs now and what starts within the hour (Alt+3)</source>
        <translation>正在進行與一小時內開始的議程（Alt+3）</translation>
    </message>
</context>
<context>
    <name>planner::ProgrammeToolBar</name>
    <message>
        <source>Toolbar</source>
        <translation>工具列</translation>
    </message>
    <message>
        <source>Search sessions and notes (Ctrl+F)</source>
        <translation>搜尋議程與筆記（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>大會</translation>
    </message>
</context>
<context>
    <name>planner::PublishAgendaDialog</name>
    <message>
        <source>Publish Agenda to Calendar</source>
        <translation>將行程發布到行事曆</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>伺服器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>行事曆(&amp;C)：</translation>
    </message>
    <message>
        <source>The CalDAV server&apos;s address: its root or /.well-known/caldav is enough (Nextcloud, Radicale, Fastmail, iCloud, …)</source>
        <translation>CalDAV 伺服器的網址：填入其根網址或 /.well-known/caldav 即可（Nextcloud、Radicale、Fastmail、iCloud 等）</translation>
    </message>
    <message>
        <source>A password or an app password. It is kept in the desktop&apos;s keyring, never in the planner&apos;s files.</source>
        <translation>密碼或應用程式專用密碼。它會保存在桌面環境的金鑰圈中，絕不會存入規劃工具的檔案。</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>連線(&amp;O)</translation>
    </message>
    <message>
        <source>Include my &amp;notes</source>
        <translation>包含我的筆記(&amp;N)</translation>
    </message>
    <message>
        <source>Also keep an .ics &amp;file up to date:</source>
        <translation>同時持續更新一個 .ics 檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選擇(&amp;H)…</translation>
    </message>
    <message>
        <source>Pu&amp;blish</source>
        <translation>發布(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Stop Publishing</source>
        <translation>停止發布(&amp;S)</translation>
    </message>
    <message>
        <source>New calendar “%1”</source>
        <translation>新行事曆「%1」</translation>
    </message>
    <message>
        <source>Keep the Agenda in a File</source>
        <translation>將行程保存在檔案中</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 檔案 (*.ics)</translation>
    </message>
    <message>
        <source>Give the server&apos;s address and your user name.</source>
        <translation>請填入伺服器的網址與您的使用者名稱。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在連線到 %1…</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>無法連線：%1</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n calendar(s) for events.</source>
        <translation>
            <numerusform>已連線：有 %n 個可放活動的行事曆。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::PublishCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>%1 在 %2 的密碼：</translation>
    </message>
    <message>
        <source>no password for %1: give --password-file FILE, keep it in the keyring (the window does when you connect), or write it to standard input</source>
        <translation>沒有 %1 的密碼：請使用 --password-file 檔案、將密碼保存在金鑰圈中（在視窗中連線時會自動保存），或從標準輸入寫入</translation>
    </message>
    <message>
        <source>publish takes no arguments; give the server with --url URL</source>
        <translation>publish 不接受引數；請以 --url URL 指定伺服器</translation>
    </message>
    <message>
        <source>publish needs the server&apos;s address and your user name: --url URL --user NAME</source>
        <translation>publish 需要伺服器的網址與您的使用者名稱：--url URL --user 名稱</translation>
    </message>
    <message>
        <source>cannot make the calendar “%1”: %2</source>
        <translation>無法建立行事曆「%1」：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n session(s) published; run publish again to send the rest)</source>
        <translation>
            <numerusform>%1（已發布 %n 個議程；請再次執行 publish 以送出其餘部分）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n session(s) to %1</source>
        <translation>
            <numerusform>已將 %n 個議程發布至 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on-demand session(s) without a planned time left out</source>
        <translation>
            <numerusform>略過 %n 個尚未規劃時間的隨選議程</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::PublishScheduler</name>
    <message numerus="yes">
        <source>Published %n session(s) to %1</source>
        <translation>
            <numerusform>已將 %n 個議程發布至 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not publish to %1: %2</source>
        <translation>無法發布至 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Could not publish to %1: %2. Trying again in %n second(s).</source>
        <translation>
            <numerusform>無法發布至 %1：%2。將於 %n 秒後重試。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::ReminderChooser</name>
    <message>
        <source>&amp;Remind me:</source>
        <translation>提醒(&amp;R)：</translation>
    </message>
    <message numerus="yes">
        <source>As usual (%n minute(s) before)</source>
        <translation>
            <numerusform>依慣例（%n 分鐘前）</numerusform>
        </translation>
    </message>
    <message>
        <source>As usual (no reminder)</source>
        <translation>依慣例（不提醒）</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>不提醒</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n 分鐘前</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminders are shown while Conference Planner is open.</source>
        <translation>大會行程規劃開啟時才會顯示提醒。</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>planner::ReminderFlow</name>
    <message>
        <source>&amp;Reminders</source>
        <translation>提醒(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;No Reminders</source>
        <translation>不提醒(&amp;N)</translation>
    </message>
    <message numerus="yes">
        <source>%n Minute(s) Before Each Bookmark</source>
        <translation>
            <numerusform>每個書籤前 %n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown while Conference Planner is open</source>
        <translation>大會行程規劃開啟時才會顯示</translation>
    </message>
    <message>
        <source>Reminder: %1. %2</source>
        <translation>提醒：%1。%2</translation>
    </message>
</context>
<context>
    <name>planner::ReminderNotifier</name>
    <message numerus="yes">
        <source>Starts in %n minute(s), %1.</source>
        <translation>
            <numerusform>%n 分鐘後開始，%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n minute(s), %1, in %2.</source>
        <translation>
            <numerusform>%n 分鐘後開始，%1，於 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::RemoveKeyPointCommand</name>
    <message>
        <source>Remove Key Point “%1”</source>
        <translation>移除重點「%1」</translation>
    </message>
</context>
<context>
    <name>planner::Schedule2JsonReader</name>
    <message>
        <source>a NUL byte; a schedule2 file is text</source>
        <translation>含有 NUL 位元組；schedule2 檔案應為文字</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply to be a programme; the file is refused</source>
        <translation>JSON 巢狀層數過深，不可能是議程表；拒絕此檔案</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>expected {&quot;schedule&quot;: {&quot;conference&quot;: {...}, &quot;events&quot;: [...]}} at the top level</source>
        <translation>最上層應為 {&quot;schedule&quot;: {&quot;conference&quot;: {...}, &quot;events&quot;: [...]}}</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>未知的時區「%1」</translation>
    </message>
    <message>
        <source>events[%1]</source>
        <translation>events[%1]</translation>
    </message>
    <message>
        <source>event %1: &quot;start&quot; is not an ISO 8601 date and time with an offset (&quot;%2&quot;)</source>
        <translation>事件 %1：「start」不是含時差的 ISO 8601 日期時間（「%2」）</translation>
    </message>
    <message>
        <source>event %1: &quot;end&quot; is not an ISO 8601 date and time with an offset (&quot;%2&quot;)</source>
        <translation>事件 %1：「end」不是含時差的 ISO 8601 日期時間（「%2」）</translation>
    </message>
    <message>
        <source>event %1: &quot;duration&quot; is not an ISO 8601 duration such as PT45M (&quot;%2&quot;)</source>
        <translation>事件 %1：「duration」不是 PT45M 之類的 ISO 8601 時間長度（「%2」）</translation>
    </message>
    <message>
        <source>event %1 ends before it starts</source>
        <translation>事件 %1 的結束時間早於開始時間</translation>
    </message>
</context>
<context>
    <name>planner::ScheduleJsonReader</name>
    <message>
        <source>a NUL byte; a schedule.json file is text</source>
        <translation>含有 NUL 位元組；schedule.json 檔案應為文字檔</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply to be a programme; the file is refused</source>
        <translation>JSON 巢狀層數過深，不可能是議程表；拒絕此檔案</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>expected {&quot;schedule&quot;: {&quot;conference&quot;: {...}}} at the top level</source>
        <translation>最上層應為 {&quot;schedule&quot;: {&quot;conference&quot;: {...}}}</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>未知的時區「%1」</translation>
    </message>
    <message>
        <source>expected &quot;days&quot; to be a list in &quot;conference&quot;</source>
        <translation>&quot;conference&quot; 中的 &quot;days&quot; 應為清單</translation>
    </message>
    <message>
        <source>day %1 has no &quot;date&quot; (YYYY-MM-DD)</source>
        <translation>第 %1 天缺少 &quot;date&quot;（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>event %1: &quot;date&quot; is not an ISO 8601 date and time (&quot;%2&quot;)</source>
        <translation>事件「%1」：&quot;date&quot; 不是 ISO 8601 日期時間（「%2」）</translation>
    </message>
    <message>
        <source>event %1: &quot;start&quot; is not a time of day (HH:MM): &quot;%2&quot;</source>
        <translation>事件「%1」：&quot;start&quot; 不是時刻（HH:MM）：「%2」</translation>
    </message>
    <message>
        <source>event %1: &quot;duration&quot; is not a duration (H:MM): &quot;%2&quot;</source>
        <translation>事件「%1」：&quot;duration&quot; 不是時間長度（H:MM）：「%2」</translation>
    </message>
</context>
<context>
    <name>planner::ScheduleModel</name>
    <message>
        <source>Time TBA</source>
        <translation>時間待定</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>隨選觀看</translation>
    </message>
    <message numerus="yes">
        <source>Free for %n minute(s)</source>
        <comment>a gap between sessions</comment>
        <translation>
            <numerusform>空檔 %n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (removed from the programme)</source>
        <translation>%1（已從議程表移除）</translation>
    </message>
    <message>
        <source>Your planned time for this on-demand session</source>
        <translation>您為此隨選觀看議程規劃的時間</translation>
    </message>
    <message>
        <source>Clashes with: %1</source>
        <translation>與下列議程衝突：%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>議程</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>會議室</translation>
    </message>
    <message>
        <source>You wrote a note</source>
        <translation>你寫了筆記</translation>
    </message>
    <message numerus="yes">
        <source>%n key point(s) starred</source>
        <translation>
            <numerusform>已標星 %n 個重點</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a session&apos;s title, then its change since the user last looked</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>planner::ScheduleView</name>
    <message>
        <source>No bookmarks yet.

Select a session and press Ctrl+D (or click its ☆) to add it to your schedule.</source>
        <translation>尚無書籤。

選取議程後按 Ctrl+D（或按一下它的 ☆），即可將它加入您的行程。</translation>
    </message>
    <message>
        <source>Your schedule</source>
        <translation>您的行程</translation>
    </message>
    <message>
        <source>&amp;Plan a Time…</source>
        <translation>規劃時間(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Clear Planned Time</source>
        <translation>清除規劃時間(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remove Bookmark</source>
        <translation>移除書籤(&amp;R)</translation>
    </message>
    <message>
        <source>Show Sessions in This &amp;Gap</source>
        <translation>顯示這段空檔的議程(&amp;G)</translation>
    </message>
    <message>
        <source>Show Sessions at This &amp;Time</source>
        <translation>顯示同一時段的議程(&amp;T)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Keep This One, Remove %n Clashing</source>
        <translation>
            <numerusform>保留這場，移除 %n 場衝突的議程(&amp;K)</numerusform>
        </translation>
    </message>
    <message>
        <source>What &amp;Fits in This Gap?</source>
        <translation>這段空檔可以排什麼(&amp;F)？</translation>
    </message>
</context>
<context>
    <name>planner::SessionDetailsPane</name>
    <message>
        <source>&amp;Key points</source>
        <translation>重點摘要(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Add Key Point…</source>
        <translation>新增重點(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a key point of your own to this session</source>
        <translation>為此議程新增自訂重點</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected key point of your own</source>
        <translation>移除選取的自訂重點</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>重點摘要</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>議程詳細資料</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ 已加入書籤</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ 加入書籤</translation>
    </message>
    <message>
        <source>Add to or remove from your schedule (Ctrl+D)</source>
        <translation>加入您的行程或從中移除（Ctrl+D）</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>已加入書籤</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>加入書籤</translation>
    </message>
    <message>
        <source>Add Key Point</source>
        <translation>新增重點</translation>
    </message>
    <message>
        <source>A key point of your own for “%1”:</source>
        <translation>「%1」的自訂重點：</translation>
    </message>
    <message>
        <source>Remove key point</source>
        <translation>移除重點</translation>
    </message>
</context>
<context>
    <name>planner::SessionHtml</name>
    <message>
        <source>Topics:</source>
        <translation>主題：</translation>
    </message>
    <message>
        <source>Speakers:</source>
        <translation>講者：</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>conference dates</comment>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Your time: %1</source>
        <translation>您的當地時間：%1</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>會議室：%1</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>連結：</translation>
    </message>
</context>
<context>
    <name>planner::SessionListing</name>
    <message>
        <source>removed from the programme</source>
        <translation>已從議程表移除</translation>
    </message>
</context>
<context>
    <name>planner::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>In lists and fields</source>
        <comment>keyboard shortcuts group</comment>
        <translation>在清單與欄位中</translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation>開啟選單</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+底線字母</translation>
    </message>
    <message>
        <source>Move between panes and controls</source>
        <translation>在窗格與控制項間移動</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <source>Search: go to the first match</source>
        <translation>搜尋：前往第一個結果</translation>
    </message>
    <message>
        <source>Down, Enter</source>
        <translation>下鍵、Enter</translation>
    </message>
    <message>
        <source>Search: clear</source>
        <translation>搜尋：清除</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Programme: open or close a track</source>
        <translation>議程表：展開或收合議程軌</translation>
    </message>
    <message>
        <source>Right, Left</source>
        <translation>右鍵、左鍵</translation>
    </message>
    <message>
        <source>Schedule: show the session</source>
        <translation>行程：顯示該議程</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Key points: star or unstar</source>
        <translation>重點：加上或移除星號</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空白鍵</translation>
    </message>
    <message>
        <source>Key points: edit a comment</source>
        <translation>重點：編輯評註</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Topics in the details: choose, search</source>
        <translation>詳細資料中的主題：選擇、搜尋</translation>
    </message>
    <message>
        <source>Tab, Enter</source>
        <translation>Tab、Enter</translation>
    </message>
</context>
<context>
    <name>planner::TerminalPassword</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
</context>
<context>
    <name>planner::TextEncoding</name>
    <message>
        <source>the file starts as UTF-16 (%1) but is not valid UTF-16 text</source>
        <translation>此檔案以 UTF-16（%1）開頭，但不是有效的 UTF-16 文字</translation>
    </message>
    <message>
        <source>little-endian</source>
        <translation>小端序</translation>
    </message>
    <message>
        <source>big-endian</source>
        <translation>大端序</translation>
    </message>
    <message>
        <source>the file is UTF-32 text; save it as UTF-8 or UTF-16</source>
        <translation>此檔案是 UTF-32 文字；請另存為 UTF-8 或 UTF-16</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 text without a byte order mark; save it as UTF-8</source>
        <translation>此檔案看來是沒有位元組順序標記的 UTF-16 文字；請另存為 UTF-8</translation>
    </message>
</context>
<context>
    <name>planner::TimeFormatter</name>
    <message>
        <source>On demand</source>
        <translation>隨選觀看</translation>
    </message>
    <message>
        <source>%1 · Time TBA</source>
        <comment>day, then the time is to be announced</comment>
        <translation>%1 · 時間待定</translation>
    </message>
</context>
<context>
    <name>planner::TrackTreeModel</name>
    <message numerus="yes">
        <source>%1 (%2 of %n session(s))</source>
        <comment>track name, then how many of its sessions the search shows, of how many</comment>
        <translation>
            <numerusform>%1（顯示 %2 個，共 %n 個議程）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n session(s))</source>
        <comment>track name, then how many sessions it holds</comment>
        <translation>
            <numerusform>%1（%n 個議程）</numerusform>
        </translation>
    </message>
    <message>
        <source>Session</source>
        <translation>議程</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>the conference&apos;s session code, such as S74495</comment>
        <translation>編號</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>%1 (%2, %3 bookmarked)</source>
        <comment>track name, sessions, bookmarked sessions</comment>
        <translation>%1（%2，%3 個已加入書籤）</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n 個議程</numerusform>
        </translation>
    </message>
    <message>
        <source>Bookmarked (Ctrl+D to remove)</source>
        <translation>已加入書籤（按 Ctrl+D 移除）</translation>
    </message>
    <message>
        <source>Not bookmarked (Ctrl+D to add)</source>
        <translation>未加入書籤（按 Ctrl+D 加入）</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>已加入書籤</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>會議室</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a session&apos;s title, then its change since the user last looked</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>planner::UrlCommand</name>
    <message numerus="yes">
        <source>%1 links to %n programme(s). Nothing was changed; run the import again with the address of the one you want:</source>
        <translation>
            <numerusform>%1 連到 %n 份議程表。未做任何變更；請以您要的那一份的網址再匯入一次：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Nothing was changed.</source>
        <translation>%1。未做任何變更。</translation>
    </message>
    <message>
        <source>no conference here was imported from a web address; import one with &apos;conference-planner import URL&apos;</source>
        <translation>這裡沒有從網址匯入的大會；請用「conference-planner import 網址」匯入</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not imported from a web address; import it with &apos;conference-planner import URL&apos;</source>
        <translation>「%1」不是從網址匯入的；請用「conference-planner import 網址」匯入</translation>
    </message>
    <message>
        <source>%1: not modified since it was downloaded; nothing was changed</source>
        <translation>%1：自上次下載後沒有變更；未做任何變更</translation>
    </message>
    <message>
        <source>%1. The programme needs a password: give your user name with --user NAME, and the password in a file with --password-file F or when asked</source>
        <translation>%1。此議程表需要密碼：請以 --user 名稱 指定使用者名稱，並以 --password-file 檔案 提供密碼，或在詢問時輸入</translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>%2 上 %1 的密碼：</translation>
    </message>
    <message>
        <source>%1. No password was given for %2</source>
        <translation>%1。未提供 %2 的密碼</translation>
    </message>
</context>
<context>
    <name>planner::UserDataBackup</name>
    <message>
        <source>cannot restore into %1: %2</source>
        <translation>無法還原到 %1：%2</translation>
    </message>
</context>
<context>
    <name>planner::UserDataBackupFlow</name>
    <message>
        <source>Notes and bookmarks backups (*.json);;All files (*)</source>
        <translation>筆記與書籤備份 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Back Up My Notes and Bookmarks</source>
        <translation>備份我的筆記與書籤</translation>
    </message>
    <message>
        <source>Restore Notes and Bookmarks</source>
        <translation>還原筆記與書籤</translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation>備份失敗</translation>
    </message>
    <message>
        <source>Backup Finished</source>
        <translation>備份完成</translation>
    </message>
    <message>
        <source>Restore Failed</source>
        <translation>還原失敗</translation>
    </message>
    <message>
        <source>The backup could not be read. Nothing was changed.

%1</source>
        <translation>無法讀取備份，未做任何變更。

%1</translation>
    </message>
    <message>
        <source>Nothing was changed.

%1</source>
        <translation>未做任何變更。

%1</translation>
    </message>
    <message>
        <source>Restore Finished</source>
        <translation>還原完成</translation>
    </message>
    <message>
        <source>Newer Notes on This Computer</source>
        <translation>本機有較新的筆記</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) or annotation(s) were changed on this computer after the backup was made. Keep the versions on this computer, or use the backup&apos;s for all of them?</source>
        <translation>
            <numerusform>有 %n 則筆記或註記在備份之後於本機修改過。要全部保留本機的版本，還是全部採用備份的版本？</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>保留我的版本</translation>
    </message>
    <message>
        <source>Use Backup&apos;s</source>
        <translation>採用備份的版本</translation>
    </message>
</context>
<context>
    <name>planner::UserDataJson</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a text</source>
        <translation>缺少「%1」，或它不是文字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time with an offset, such as 2025-03-18T17:00:00Z</source>
        <translation>「%1」不是含時區偏移的 ISO 8601 日期時間，例如 2025-03-18T17:00:00Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>「%1」不是清單</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>無法讀取檔案：%1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>最上層</translation>
    </message>
    <message>
        <source>expected &quot;format&quot;: &quot;%1&quot;; this is not a backup of notes and bookmarks</source>
        <translation>應為 &quot;format&quot;: &quot;%1&quot;；這不是筆記與書籤的備份</translation>
    </message>
    <message>
        <source>format version %1 is not supported (this version reads up to %2)</source>
        <translation>不支援格式版本 %1（此版本最多可讀取到 %2）</translation>
    </message>
    <message>
        <source>&quot;conferences&quot; is missing or not a list</source>
        <translation>缺少「conferences」，或它不是清單</translation>
    </message>
    <message>
        <source>the conference &quot;%1&quot; appears twice</source>
        <translation>大會「%1」出現了兩次</translation>
    </message>
    <message>
        <source>the session &quot;%1&quot; appears twice</source>
        <translation>議程「%1」出現了兩次</translation>
    </message>
    <message>
        <source>&quot;bookmarked&quot; is neither true nor false</source>
        <translation>「bookmarked」既不是 true 也不是 false</translation>
    </message>
    <message>
        <source>&quot;note&quot; is not an object with &quot;text&quot; and &quot;updated&quot;</source>
        <translation>「note」不是含有「text」與「updated」的物件</translation>
    </message>
    <message>
        <source>the planned time ends before it starts</source>
        <translation>規劃時間的結束早於開始</translation>
    </message>
    <message>
        <source>a reminder is a whole number of minutes from 0 to 1440</source>
        <translation>提醒須為 0 到 1440 的整數分鐘</translation>
    </message>
</context>
<context>
    <name>planner::UserDataSummary</name>
    <message numerus="yes">
        <source>Backed up your data on %n session(s) to %1:</source>
        <translation>
            <numerusform>已將您在 %n 個議程上的資料備份到 %1：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation>
            <numerusform>%n 個書籤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 則筆記</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key-point annotation(s)</source>
        <translation>
            <numerusform>%n 則重點註記</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  bookmarks: %n added</source>
        <translation>
            <numerusform>  書籤：新增 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  notes: %n added</source>
        <translation>
            <numerusform>  筆記：新增 %n 則</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <comment>notes</comment>
        <translation>
            <numerusform>更新 %n 則</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept (newer on this computer)</source>
        <comment>notes</comment>
        <translation>
            <numerusform>保留 %n 則（本機較新）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  key-point annotations: %n added</source>
        <translation>
            <numerusform>  重點註記：新增 %n 則</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>更新 %n 則</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept (newer on this computer)</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>保留 %n 則（本機較新）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  own key points: %n added</source>
        <translation>
            <numerusform>  自訂重點：新增 %n 則</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  planned times: %n set</source>
        <translation>
            <numerusform>  規劃時間：設定 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept (planned differently on this computer)</source>
        <translation>
            <numerusform>保留 %n 個（本機規劃的時間不同）</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to restore: everything in the backup is already here.</source>
        <translation>沒有需要還原的資料：備份中的內容本機都已經有了。</translation>
    </message>
    <message>
        <source>Restored from the backup:</source>
        <translation>已從備份還原：</translation>
    </message>
    <message>
        <source>Changed on this computer after the backup, replaced by the backup&apos;s version:</source>
        <translation>以下項目在備份之後於本機修改過，已改用備份的版本：</translation>
    </message>
    <message>
        <source>Changed on this computer after the backup, kept as they are:</source>
        <translation>以下項目在備份之後於本機修改過，已保留原樣：</translation>
    </message>
    <message>
        <source>Kept for conferences whose programme is not imported here; they show once it is: %1</source>
        <translation>以下大會的議程表尚未在本機匯入，資料已保留，匯入後即會顯示：%1</translation>
    </message>
    <message>
        <source>  note on %1 (%2)</source>
        <translation>  %1（%2）的筆記</translation>
    </message>
    <message>
        <source>  key-point annotation on %1 (%2)</source>
        <translation>  %1（%2）的重點註記</translation>
    </message>
    <message numerus="yes">
        <source>  reminders: %n set</source>
        <translation>
            <numerusform>  提醒：已設定 %n 個</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::ZoneCommand</name>
    <message>
        <source>zone takes one time zone, such as Europe/Brussels, or none to show it</source>
        <translation>zone 只接受一個時區（例如 Europe/Brussels），不指定時則顯示目前的時區</translation>
    </message>
    <message>
        <source>no conference with the key &quot;%1&quot;</source>
        <translation>沒有代碼為「%1」的大會</translation>
    </message>
    <message>
        <source>%1: chosen by you; imports of the programme keep it</source>
        <translation>%1：由您選擇；之後匯入議程表時會保留</translation>
    </message>
    <message>
        <source>%1: as the programme gives it</source>
        <translation>%1：依議程表所載</translation>
    </message>
</context>
</TS>
