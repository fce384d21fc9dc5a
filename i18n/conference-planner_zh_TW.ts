<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>planner::BundledConference</name>
        <message>
            <source>the bundled conference is missing from this build</source>
            <translation>此版本缺少內建的大會資料</translation>
        </message>
    </context>
    <context>
        <name>planner::CommandLine</name>
        <message>
            <source>no command given</source>
            <translation>未指定指令</translation>
        </message>
        <message>
            <source>--language takes zh_TW or en, not "%1"</source>
            <translation>--language 只接受 zh_TW 或 en，而不是「%1」</translation>
        </message>
        <message>
            <source>unknown command "%1"</source>
            <translation>未知的指令「%1」</translation>
        </message>
        <message>
            <source>conference-planner: %1</source>
            <translation>conference-planner：%1</translation>
        </message>
        <message>
            <source>Try 'conference-planner --help'.</source>
            <translation>請執行「conference-planner --help」查看用法。</translation>
        </message>
        <message>
            <source>no conference is stored; import one with 'conference-planner import FILE'</source>
            <translation>尚未儲存任何大會；請用「conference-planner import 檔案」匯入</translation>
        </message>
        <message>
            <source>no conference with the key "%1" (see 'conference-planner conferences')</source>
            <translation>沒有代碼為「%1」的大會（請見「conference-planner conferences」）</translation>
        </message>
        <message>
            <source>no session with the key or code "%1" in %2</source>
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
            <source>use 'note set KEY TEXT', 'note set KEY --file F' or 'note get KEY'</source>
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
            <source>Usage: conference-planner [COMMAND] [OPTIONS]
Without a command, opens the planner window.

Commands:
  conferences [--json]                    list stored conferences
  sessions [--search TEXT] [--json]       list sessions of a conference
  bookmark add|remove KEY...              bookmark sessions by key or code
  bookmark list [--json]                  list bookmarked sessions
  note set KEY TEXT | note set KEY --file F   set a session's note
  note get KEY                            print a session's note
  import FILE                             import or update a programme

Options:
  --database PATH      the database file (default: %1)
  --conference KEY     the conference (default: the one starting last)
  --language zh_TW|en  the language of titles in listings
  -h, --help           show this help
  -v, --version        show the version
</source>
            <translation>用法：conference-planner [指令] [選項]
不加指令時開啟規劃視窗。

指令：
  conferences [--json]                    列出已儲存的大會
  sessions [--search 文字] [--json]       列出大會的議程
  bookmark add|remove 代碼...             以代碼或編號將議程加入或移出書籤
  bookmark list [--json]                  列出已加入書籤的議程
  note set 代碼 文字 | note set 代碼 --file 檔案   設定議程筆記
  note get 代碼                           顯示議程筆記
  import 檔案                             匯入或更新議程表

選項：
  --database 路徑      資料庫檔案（預設：%1）
  --conference 代碼    大會（預設：最晚開始的大會）
  --language zh_TW|en  清單中標題的語言
  -h, --help           顯示此說明
  -v, --version        顯示版本
</translation>
        </message>
        <message>
            <source>note set takes the text as an argument or from --file, not both</source>
            <translation>note set 的文字請以參數或 --file 提供，不可兩者並用</translation>
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
            <source>the database %1 is busy or read-only: %2</source>
            <translation>資料庫 %1 忙碌中或為唯讀：%2</translation>
        </message>
    </context>
    <context>
        <name>planner::DigestReader</name>
        <message>
            <source>invalid UTF-8; a digest must be saved as UTF-8 text</source>
            <translation>UTF-8 編碼無效；摘要檔必須以 UTF-8 文字儲存</translation>
        </message>
        <message>
            <source>expected a '# ' conference title</source>
            <translation>應為「# 」開頭的大會標題</translation>
        </message>
        <message>
            <source>expected at least one '## ' session in the conference</source>
            <translation>大會中應至少有一個「## 」議程</translation>
        </message>
        <message>
            <source>expected a track name after '# '</source>
            <translation>「# 」之後應為議程軌名稱</translation>
        </message>
        <message>
            <source>expected a '# ' track heading before the first '## ' session</source>
            <translation>第一個「## 」議程之前應有「# 」議程軌標題</translation>
        </message>
        <message>
            <source>expected a session title after '## '</source>
            <translation>「## 」之後應為議程標題</translation>
        </message>
        <message>
            <source>duplicate session key '%1' (first used on line %2)</source>
            <translation>議程代碼「%1」重複（第一次出現在第 %2 行）</translation>
        </message>
        <message>
            <source>key point outside any session: expected a '## ' session heading before this bullet</source>
            <translation>重點不屬於任何議程：此項目之前應有「## 」議程標題</translation>
        </message>
        <message>
            <source>topic label outside any session: expected a '## ' session heading before it</source>
            <translation>主題標籤不屬於任何議程：之前應有「## 」議程標題</translation>
        </message>
        <message>
            <source>key points label outside any session: expected a '## ' session heading before it</source>
            <translation>重點摘要標籤不屬於任何議程：之前應有「## 」議程標題</translation>
        </message>
    </context>
    <context>
        <name>planner::GuiMain</name>
        <message>
            <source>Conference Planner</source>
            <translation>大會行程規劃</translation>
        </message>
    </context>
    <context>
        <name>planner::MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>結束(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>檢視(&amp;V)</translation>
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
            <source>No conference</source>
            <translation>沒有大會</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>議程表</translation>
        </message>
        <message>
            <source>Session details</source>
            <translation>議程詳細資料</translation>
        </message>
        <message numerus="yes">
            <source>%n track(s)</source>
            <translation>
                <numerusform>%n 個議程軌</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>planner::PlannerJsonReader</name>
        <message>
            <source>not valid JSON: %1</source>
            <translation>不是有效的 JSON：%1</translation>
        </message>
        <message>
            <source>expected "format": "%1" at the top level</source>
            <translation>最上層應有 "format": "%1"</translation>
        </message>
        <message>
            <source>format version %1 is not supported (this version reads up to %2)</source>
            <translation>不支援格式版本 %1（此版本最多能讀取 %2）</translation>
        </message>
        <message>
            <source>the conference has no "key"</source>
            <translation>大會缺少 "key"</translation>
        </message>
        <message>
            <source>unknown time zone "%1"</source>
            <translation>未知的時區「%1」</translation>
        </message>
        <message>
            <source>track %1 has no "key"</source>
            <translation>第 %1 個議程軌缺少 "key"</translation>
        </message>
        <message>
            <source>track key "%1" appears twice</source>
            <translation>議程軌代碼「%1」出現兩次</translation>
        </message>
        <message>
            <source>session %1 has no "key"</source>
            <translation>第 %1 個議程缺少 "key"</translation>
        </message>
        <message>
            <source>session key "%1" appears twice</source>
            <translation>議程代碼「%1」出現兩次</translation>
        </message>
        <message>
            <source>session "%1" names an unknown track "%2"</source>
            <translation>議程「%1」指向未知的議程軌「%2」</translation>
        </message>
        <message>
            <source>session "%1": "day" is not a date (YYYY-MM-DD)</source>
            <translation>議程「%1」："day" 不是日期（YYYY-MM-DD）</translation>
        </message>
        <message>
            <source>session "%1": "start" is not an ISO 8601 date and time with offset</source>
            <translation>議程「%1」："start" 不是含時差的 ISO 8601 日期時間</translation>
        </message>
        <message>
            <source>session "%1" ends before it starts</source>
            <translation>議程「%1」的結束時間早於開始時間</translation>
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
            <source>not a programme this version can read (expected a session digest or a Conference Planner programme)</source>
            <translation>不是此版本能讀取的議程表（應為議程摘要或「大會行程規劃」議程表）</translation>
        </message>
    </context>
    <context>
        <name>planner::ProgrammeStore</name>
        <message>
            <source>database error in %1: %2</source>
            <translation>資料庫 %1 發生錯誤：%2</translation>
        </message>
    </context>
    <context>
        <name>planner::SessionHtml</name>
        <message>
            <source>Key points</source>
            <translation>重點摘要</translation>
        </message>
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
    </context>
    <context>
        <name>planner::SessionListing</name>
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
        <message>
            <source>removed from the programme</source>
            <translation>已從議程表移除</translation>
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
            <comment>the conference's session code, such as S74495</comment>
            <translation>編號</translation>
        </message>
        <message>
            <source>When</source>
            <translation>時間</translation>
        </message>
    </context>
    <context>
        <name>planner::UserDataStore</name>
        <message>
            <source>cannot save to %1: %2</source>
            <translation>無法儲存至 %1：%2</translation>
        </message>
    </context>
</TS>
