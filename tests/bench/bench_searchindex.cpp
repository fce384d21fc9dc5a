// The search index of a large programme, piece by piece: reading the texts,
// folding them, building the grams, its memory, and one scan of every session
// per word with and without the grams (one thread).
//
//   bench_searchindex --database PATH --conference KEY [--rounds N]
//   bench_searchindex --database PATH --conference KEY --phase open|qstring|load|grams
//
// With --phase, one step once and nothing else, for counting instructions
// (valgrind --tool=callgrind): the database opened, the index read as before
// (QSqlQuery and QString), as now (two connections, UTF-8), or as now with grams.

#include "benchutil.h"

#include "database.h"
#include "searchindex.h"
#include "searchtextquery.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace planner;

namespace {

// On one core.
void read(const SearchTextQuery &texts, const QString &key, SearchIndex &index)
{
    texts.visitUtf8(
        key, 0, 1, [&index](QByteArrayView session, const SearchTextQuery::Utf8Texts &t) {
            index.append(session, t.content, SearchTextQuery::Utf8Texts::partCount);
        });
    texts.visitNotesUtf8(key,
        [&index](QByteArrayView session, QByteArrayView note) { index.setNote(session, note); });
}

int scan(const SearchIndex &index, const SearchIndex::Query &query)
{
    int found = 0;
    for (int entry = 0; entry < index.size(); ++entry) {
        index.prefetch(entry + SearchIndex::prefetchDistance); // as SessionMatcher scans
        found += index.find(entry, query) != SearchIndex::notFound;
    }
    return found;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("database"), {}, QStringLiteral("PATH"));
    const QCommandLineOption conferenceOption(
        QStringLiteral("conference"), {}, QStringLiteral("KEY"));
    const QCommandLineOption roundsOption(
        QStringLiteral("rounds"), {}, QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption phaseOption(QStringLiteral("phase"), {}, QStringLiteral("STEP"));
    parser.addOptions({ databaseOption, conferenceOption, roundsOption, phaseOption });
    parser.process(app);
    const QString key = parser.value(conferenceOption);
    const int rounds = qMax(1, parser.value(roundsOption).toInt());
    Database database;
    if (!database.open(parser.value(databaseOption)).ok())
        return 1;
    const SearchTextQuery texts(database);
    if (parser.isSet(phaseOption)) {
        const QString phase = parser.value(phaseOption);
        if (phase == QLatin1String("qstring")) {
            SearchIndex qstrings;
            texts.visit(key, [&qstrings](const QString &session, const SearchTextQuery::Texts &t) {
                qstrings.insert(session, t.content, t.note);
            });
        } else if (phase != QLatin1String("open")) {
            std::unique_ptr<SearchIndex> loaded
                = SearchIndex::load(parser.value(databaseOption), key);
            if (loaded && phase == QLatin1String("grams"))
                loaded->buildGrams();
        }
        return 0;
    }

    SearchIndex index;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        qsizetype bytes = 0;
        texts.visitUtf8(key, 0, 1, [&bytes](QByteArrayView, const SearchTextQuery::Utf8Texts &t) {
            for (const QByteArrayView part : t.content)
                bytes += part.size();
        });
        bench::result("search_read_utf8", bench::ms(timer));
        timer.start();
        SearchIndex qstrings;
        texts.visit(key, [&qstrings](const QString &session, const SearchTextQuery::Texts &t) {
            qstrings.insert(session, t.content, t.note);
        });
        bench::result("search_load_qstring", bench::ms(timer));
        timer.start();
        index.clear();
        read(texts, key, index);
        bench::result("search_load_utf8", bench::ms(timer));
        timer.start();
        std::unique_ptr<SearchIndex> loaded = SearchIndex::load(parser.value(databaseOption), key);
        bench::result("search_load_two_cores", bench::ms(timer));
        if (!loaded)
            return 1;
        timer.start();
        index.buildGrams();
        bench::result("search_grams", bench::ms(timer));
    }
    const qsizetype withGrams = index.memoryBytes();
    bench::result("search_index_size", double(withGrams) / 1048576.0, "MB");
    bench::result("search_index_texts", double(index.contents().size()) / 1048576.0, "MB");

    SearchIndex plain;
    read(texts, key, plain);
    bench::result("search_grams_size", double(withGrams - plain.memoryBytes()) / 1048576.0, "MB");
    for (const QString &word : { QStringLiteral("c"), QStringLiteral("ch"), QStringLiteral("che"),
             QStringLiteral("chen"), QStringLiteral("quantum"), QStringLiteral("k"),
             QStringLiteral("ke"), QStringLiteral("量"), QStringLiteral("量子網路") }) {
        const QStringList words { word };
        for (int round = 0; round < rounds; ++round) {
            QElapsedTimer timer;
            timer.start();
            const int found = scan(index, index.query(words));
            const double gramsMs = bench::ms(timer);
            timer.start();
            const int expected = scan(plain, plain.query(words));
            const double plainMs = bench::ms(timer);
            if (found != expected) {
                std::fprintf(stderr, "bench_searchindex: %s found %d, not %d\n", qPrintable(word),
                    found, expected);
                return 1;
            }
            const QByteArray name = word.toUtf8();
            std::printf(
                "RESULT scan_grams[%s] %.3f ms (%d found)\n", name.constData(), gramsMs, found);
            std::printf("RESULT scan_plain[%s] %.3f ms\n", name.constData(), plainMs);
        }
    }
    bench::result("search_bench_rss", bench::residentMb(), "MB");
    return 0;
}
