#include "sessionmatcher.h"

#include "database.h"
#include "searchindexcache.h"
#include "tracktreemodel.h"

#include <algorithm>
#include <thread>

namespace planner {

namespace {

// Sessions from which a scan is worth a second core or a worker: below, starting
// a thread costs more than it saves.
constexpr int twoCoresFrom = 20000;
// Sessions from which grams are built. Their tables take 7 MB whatever the
// programme's size, and a scan of a few thousand texts takes well under a
// millisecond without them: at FOSDEM's 872 sessions, building them was an
// eighth of what the process did before its window showed.
constexpr int gramsFrom = 5000;
static_assert(SearchIndexCache::keptFrom >= gramsFrom, "a programme kept has its grams");

// Runs `work(from, to)` over entries 0..count, a large count in two halves on
// two cores; each half writes only its own entries' places in the results.
template <typename Work> void onTwoCores(int count, const Work &work)
{
    if (count < twoCoresFrom) {
        work(0, count);
        return;
    }
    std::thread other(work, count / 2, count);
    work(0, count / 2);
    other.join();
}

// Every word searched before is part of a word searched now: what matches now
// matched then, so only the earlier matches need another look.
bool narrows(const QStringList &previous, const QStringList &current)
{
    if (previous.isEmpty())
        return false;
    for (const QString &word : previous) {
        const bool kept = std::any_of(current.cbegin(), current.cend(),
            [&word](const QString &now) { return now.contains(word); });
        if (!kept)
            return false;
    }
    return true;
}

// The same words, the last one typed on: "quantum k" to "quantum ke".
bool extendsLastWord(const QStringList &previous, const QStringList &current)
{
    if (previous.size() != current.size() || previous.isEmpty())
        return false;
    for (qsizetype i = 0; i + 1 < current.size(); ++i) {
        if (previous.at(i) != current.at(i))
            return false;
    }
    return current.constLast().startsWith(previous.constLast());
}

} // namespace

SessionMatcher::SessionMatcher(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_cacheFolder(SearchIndexCache::defaultFolder())
{
}

SessionMatcher::~SessionMatcher()
{
    if (m_loader.valid())
        m_loader.wait(); // the worker reads through its own connection; let it finish
}

void SessionMatcher::setTree(const TrackTreeModel *tree)
{
    m_tree = tree;
    treeReset();
}

void SessionMatcher::treeReset()
{
    // New rows: the per-session tables no longer line up with them.
    m_entryOfOrdinal.clear();
    forgetMatches();
}

void SessionMatcher::setConference(const QString &conferenceKey)
{
    m_conferenceKey = conferenceKey;
    ++m_loadGeneration;
    if (m_loader.valid())
        m_loader.wait();
    m_loader = {};
    m_pendingIndex = {};
    m_pendingGrams = {};
    treeReset(); // waits for the workers finding places in the index's texts
    m_notesWhileLoading.clear();
    m_index.clear();
    m_indexLoaded = false;
    startIndexLoad();
}

void SessionMatcher::startIndexLoad()
{
    // Reading and case-folding every text of a large programme takes a few
    // hundred milliseconds of both cores, and building its grams as much again;
    // after the first start since its import, both are read from the file
    // SearchIndexCache kept, in a tenth of that. A worker starts at once, below
    // the window's priority, so that it takes what the window's construction
    // leaves of the two cores, and all of them once the window waits for input:
    // the first keystrokes find both ready.
    // An in-memory database has no second connection: it loads on first use.
    const QString path = m_database.path();
    if (path.isEmpty() || path.startsWith(u':') || m_conferenceKey.isEmpty())
        return;
    const int generation = m_loadGeneration;
    std::promise<std::unique_ptr<SearchIndex>> index;
    std::promise<std::shared_ptr<const SearchGrams>> grams;
    m_pendingIndex = index.get_future();
    m_pendingGrams = grams.get_future();
    // Taken over as each arrives, not at the first keystroke: the entries of the
    // tree's sessions are looked up then (a fifth of the first keystroke's time
    // at 100,000 sessions).
    const auto whenCurrent = [this, generation](void (SessionMatcher::*adopt)()) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, adopt] {
                if (generation == m_loadGeneration)
                    (this->*adopt)();
            },
            Qt::QueuedConnection);
    };
    m_loader = std::async(std::launch::async,
        [path, key = m_conferenceKey, folder = m_cacheFolder, whenCurrent, index = std::move(index),
            grams = std::move(grams)]() mutable {
            // Kept from an earlier start for this import of the programme, or
            // read now (and then kept, when the programme is large).
            const SearchIndexCache cache(key, folder);
            SearchIndexCache::Kept kept = cache.load(path);
            QByteArray stamp; // set only when read from the database
            if (!kept.index)
                kept.index = SearchIndex::load(path, key, &stamp);
            const bool read = kept.index != nullptr;
            const bool keep
                = read && !stamp.isEmpty() && kept.index->size() >= SearchIndexCache::keptFrom;
            const SearchIndex::Stored stored = keep ? kept.index->stored() : SearchIndex::Stored();
            // The grams are built from the same texts (the buffer is shared, not
            // copied) while searches already read them.
            const QByteArray contents = read ? kept.index->contents() : QByteArray();
            const std::vector<SearchGrams::Span> spans
                = read ? kept.index->contentSpans() : std::vector<SearchGrams::Span>();
            index.set_value(std::move(kept.index));
            whenCurrent(&SessionMatcher::adoptIndex);
            if (read && !kept.grams && int(spans.size()) >= gramsFrom)
                kept.grams = SearchGrams::build(contents, spans);
            const std::shared_ptr<const SearchGrams> built = kept.grams;
            grams.set_value(std::move(kept.grams));
            whenCurrent(&SessionMatcher::adoptGrams);
            // A cache: when it cannot be written, the next start reads the texts again.
            if (keep)
                cache.write(stamp, stored, *built);
        });
}

void SessionMatcher::adoptIndex()
{
    ensureIndex();
    if (m_tree)
        updateEntryTable();
}

void SessionMatcher::adoptGrams()
{
    if (!m_indexLoaded || !m_pendingGrams.valid())
        return;
    if (std::shared_ptr<const SearchGrams> grams = m_pendingGrams.get())
        m_index.setGrams(std::move(grams));
}

void SessionMatcher::ensureIndex()
{
    if (m_indexLoaded)
        return;
    std::unique_ptr<SearchIndex> loaded;
    if (m_pendingIndex.valid())
        loaded = m_pendingIndex.get(); // usually long finished by the first keystroke
    if (loaded) {
        m_index = std::move(*loaded);
        for (auto it = m_notesWhileLoading.cbegin(); it != m_notesWhileLoading.cend(); ++it)
            m_index.setNote(it.key(), it.value());
    } else {
        m_pendingGrams = {}; // none will come
        m_index.read(m_database, m_conferenceKey);
        if (m_index.size() >= gramsFrom)
            m_index.buildGrams();
    }
    m_notesWhileLoading.clear();
    m_indexLoaded = true;
}

void SessionMatcher::forgetMatches()
{
    m_searched = false;
    m_matches.clear();
    m_recent.clear();
}

void SessionMatcher::updateEntryTable()
{
    const int count = m_tree->sessionCount();
    if (int(m_entryOfOrdinal.size()) == count)
        return;
    m_entryOfOrdinal.assign(count, -1);
    for (int t = 0; t < m_tree->rowCount(); ++t) {
        const int sessions = m_tree->rowCount(m_tree->index(t, 0));
        for (int s = 0; s < sessions; ++s)
            m_entryOfOrdinal[m_tree->ordinalOf(t, s)]
                = m_index.entryOf(m_tree->sessionAt(t, s).key);
    }
}

void SessionMatcher::search(const QStringList &foldedWords)
{
    m_words = foldedWords;
    m_searched = !m_words.isEmpty() && m_tree;
    if (!m_searched) {
        m_matches.clear();
        return;
    }
    ensureIndex();
    if (m_pendingGrams.valid()
        && m_pendingGrams.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
        adoptGrams(); // built, its arrival not yet taken

    updateEntryTable();
    const auto exact = std::find_if(m_recent.begin(), m_recent.end(),
        [this](const RecentMatches &recent) { return recent.words == m_words; });
    if (exact != m_recent.end()) {
        m_matches = exact->matches;
        std::rotate(m_recent.begin(), exact, exact + 1);
        return;
    }
    // Typing on narrows the matches: only what matched a shorter query can match.
    const auto base = std::find_if(m_recent.cbegin(), m_recent.cend(),
        [this](const RecentMatches &recent) { return narrows(recent.words, m_words); });
    const RecentMatches *narrowed = base != m_recent.cend() ? &*base : nullptr;
    RecentMatches recent { m_words, {}, {}, {} };
    if (!scanMatches(narrowed, recent.offsets))
        recent.locating = locateLastWord(narrowed);
    recent.matches = m_matches;
    constexpr std::size_t kept = 16;
    if (m_recent.size() == kept)
        m_recent.pop_back();
    m_recent.insert(m_recent.begin(), std::move(recent));
}

std::shared_future<std::vector<int>> SessionMatcher::locateLastWord(const RecentMatches *base) const
{
    // A word the grams answered ("ke", "ker") is typed on next ("kern"): the
    // longer word is then looked for where the shorter one is, not from the
    // start of every text that may have it, which read most of the programme's
    // text at that keystroke. A worker finds those places meanwhile, while the
    // window shows the matches, from the places of the word before ("ke" for
    // "ker"), so that the work is spread over the keystrokes; a keystroke that
    // comes before they are found reads its candidates whole instead. It reads only the texts of
    // the programme (findInContent), which do not change while the index lives, and copies of the
    // matches and places it starts from. Two halves on two threads: they take the cores the
    // window leaves once it has painted, while it waits for the next keystroke.
    std::shared_future<std::vector<int>> from;
    if (base && extendsLastWord(base->words, m_words)) {
        if (base->locating.valid()) {
            from = base->locating;
        } else {
            std::promise<std::vector<int>> known;
            known.set_value(base->offsets);
            from = known.get_future().share();
        }
    }
    return std::async(std::launch::async,
        [index = &m_index, matches = m_matches, word = m_words.constLast(), from] {
            const SearchIndex::Query plain(QStringList { word });
            const std::vector<int> *before = from.valid() ? &from.get() : nullptr;
            std::vector<int> places(matches.size(), SearchIndex::noOffset);
            const auto locate = [&](int first, int end) {
                for (int entry = first; entry < end; ++entry) {
                    index->prefetch(entry + SearchIndex::prefetchDistance);
                    if (!matches[std::size_t(entry)])
                        continue;
                    const int was = before ? (*before)[std::size_t(entry)] : SearchIndex::noOffset;
                    const int at = index->findInContent(entry, plain, was);
                    places[std::size_t(entry)] = at >= 0 ? at : SearchIndex::noOffset;
                }
            };
            onTwoCores(int(matches.size()), locate);
            return places;
        })
        .share();
}

bool SessionMatcher::scanMatches(const RecentMatches *base, std::vector<int> &places)
{
    const int count = m_index.size();
    // Words the narrowed query already had need no second look: every candidate
    // contains them ("quantum k" typed on to "quantum ke" looks for "ke" only).
    QStringList unchecked = m_words;
    if (base) {
        m_matches = base->matches;
        for (const QString &word : base->words)
            unchecked.removeOne(word);
    } else {
        m_matches.assign(count, 1);
    }
    // The last word is looked for on its own, to keep where it was found: typed
    // on ("quant" to "quantu"), it is usually found again at the same place.
    const bool lastUnchecked = unchecked.removeOne(m_words.constLast());
    places.assign(count, SearchIndex::noOffset); // unknown: looked up again
    if (unchecked.isEmpty() && !lastUnchecked)
        return true; // the same words in another order: the matches are the base's
    const SearchIndex::Query others = m_index.query(unchecked);
    const SearchIndex::Query last = m_index.query(QStringList { m_words.constLast() });
    // The places of the word typed on from, when this word is looked for in the
    // texts; one the grams answer needs none. Places a worker is still finding
    // are not waited for: typed fast, "che" then "chen", waiting for the places
    // of "che" and reading on from them is slower than reading the candidates the
    // grams give for "chen" from their start.
    const bool placesKnown = base
        && (!base->locating.valid()
            || base->locating.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
    const std::vector<int> *before
        = placesKnown && extendsLastWord(base->words, m_words) && last.findsPlaces()
        ? &base->placesOfLastWord()
        : nullptr;
    // A word answered by its characters or the grams alone ("q", "量") reads the
    // entries and bitmaps only: fetching texts ahead for it doubled the memory
    // such a scan reads.
    const bool readsTexts = !others.isEmpty() || (lastUnchecked && last.findsPlaces());
    const auto scan = [&](int from, int to) {
        for (int entry = from; entry < to; ++entry) {
            if (readsTexts)
                m_index.prefetch(entry + SearchIndex::prefetchDistance);
            if (!m_matches[entry])
                continue;
            if (!others.isEmpty() && !m_index.matches(entry, others)) {
                m_matches[entry] = 0;
            } else if (lastUnchecked) {
                const int at = before ? (*before)[entry] : SearchIndex::noOffset;
                places[entry] = m_index.find(entry, last, at);
                m_matches[entry] = places[entry] != SearchIndex::notFound;
            }
        }
    };
    onTwoCores(count, scan);
    // A word answered by its characters or the grams has no places: those of
    // words of two bytes or more ("ke", "ker", "量") are found by a worker. (One
    // ASCII character is typed on to a pair, which the grams answer exactly.) A
    // small programme is read again faster than a worker starts.
    return !lastUnchecked || last.findsPlaces() || m_words.constLast().toUtf8().size() < 2
        || count < twoCoresFrom;
}

void SessionMatcher::appendMatching(
    int firstOrdinal, const std::vector<int> &rows, std::vector<int> &out) const
{
    const int *entryOf = m_entryOfOrdinal.data() + firstOrdinal;
    const char *matched = m_matches.data();
    const std::size_t start = out.size();
    out.resize(start + rows.size());
    int *next = out.data() + start;
    for (const int row : rows) {
        const int entry = entryOf[row];
        *next = row; // kept only when it matches: no branch to mispredict
        next += entry >= 0 && matched[entry] != 0;
    }
    out.resize(std::size_t(next - out.data()));
}

bool SessionMatcher::noteChanged(const QString &sessionKey, const QString &note)
{
    if (!m_indexLoaded) {
        if (m_pendingIndex.valid())
            m_notesWhileLoading.insert(sessionKey, note); // the worker may have read the old one
        return false;
    }
    m_index.setNote(sessionKey, note);
    if (m_words.isEmpty() || m_matches.empty() || !m_tree)
        return false;
    // Only this session's match can change.
    const QModelIndex row = m_tree->indexOfSession(sessionKey);
    if (!row.isValid())
        return false;
    const int entry = m_entryOfOrdinal[m_tree->ordinalOf(row.parent().row(), row.row())];
    if (entry < 0)
        return false;
    for (RecentMatches &recent : m_recent) // earlier queries may now match too
        recent.matches[entry] = m_index.matches(entry, SearchIndex::Query(recent.words));
    const bool matches = m_index.matches(entry, SearchIndex::Query(m_words));
    if (bool(m_matches[entry]) == matches)
        return false;
    m_matches[entry] = matches;
    return true;
}

} // namespace planner
