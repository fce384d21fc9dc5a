#include "searchindexcache.h"

#include "database.h"
#include "rawarrays.h"
#include "searchgrams.h"
#include "searchindex.h"
#include "searchtextquery.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace planner {

namespace {

constexpr quint32 magic = 0x43505349; // "CPSI"
constexpr quint32 endMagic = 0x49535043;
// Raised whenever what is kept changes meaning: the texts taken into the index
// (SearchTextQuery), their folding, the entries' or the grams' layout.
constexpr quint32 version = 2; // 2: texts kept searchable (word starts)

} // namespace

SearchIndexCache::SearchIndexCache(const QString &conferenceKey, const QString &folder)
    : m_conferenceKey(conferenceKey)
    , m_path(QDir(folder).filePath(
          QString::fromLatin1(QUrl::toPercentEncoding(conferenceKey)) + QStringLiteral(".index")))
{
}

QString SearchIndexCache::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("search"));
}

SearchIndexCache::Kept SearchIndexCache::read(const QByteArray &stamp) const
{
    QFile file(m_path);
    if (stamp.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    // Read from a mapping of the file, not through the QFile: each array's count
    // is checked against what is left of the file, which a QFile asks the system
    // for on every call (260,000 times at 100,000 sessions, most of the read's
    // time). The file is only ever replaced whole (QSaveFile renames), so the
    // mapped one stays as it is while it is read.
    const qint64 size = file.size();
    const uchar *mapped = size > 0 ? file.map(0, size) : nullptr;
    if (!mapped)
        return {};
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), size);
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};
    QDataStream in(&buffer);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 fileMagic = 0, fileVersion = 0;
    QByteArray fileStamp, key;
    in >> fileMagic >> fileVersion;
    if (fileMagic != magic || fileVersion != version || !RawArrays::read(in, fileStamp)
        || fileStamp != stamp || !RawArrays::read(in, key) || key != m_conferenceKey.toUtf8())
        return {};
    SearchIndex::Stored stored;
    if (!stored.readFrom(in))
        return {};
    Kept kept;
    kept.index = SearchIndex::fromStored(std::move(stored));
    if (kept.index)
        kept.grams = SearchGrams::readFrom(in, kept.index->size());
    quint32 end = 0;
    in >> end;
    if (!kept.grams || end != endMagic || in.status() != QDataStream::Ok || !in.atEnd())
        return {};
    return kept;
}

SearchIndexCache::Kept SearchIndexCache::load(const QString &databasePath) const
{
    Database database;
    if (!QFile::exists(m_path) || !database.open(databasePath, Database::Access::ReadOnly).ok())
        return {};
    const SearchTextQuery query(database);
    Kept kept = read(query.programmeStamp(m_conferenceKey));
    const auto addNote
        = [&kept](QByteArrayView key, QByteArrayView note) { kept.index->setNote(key, note); };
    if (!kept.index || !query.visitNotesUtf8(m_conferenceKey, addNote))
        return {};
    return kept;
}

bool SearchIndexCache::write(
    const QByteArray &stamp, const SearchIndex::Stored &index, const SearchGrams &grams) const
{
    if (stamp.isEmpty() || !QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return false;
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << magic << version;
    RawArrays::write(out, stamp);
    RawArrays::write(out, m_conferenceKey.toUtf8());
    index.writeTo(out);
    grams.writeTo(out);
    out << endMagic;
    return out.status() == QDataStream::Ok && file.commit();
}

void SearchIndexCache::remove() const
{
    QFile::remove(m_path);
}

} // namespace planner
