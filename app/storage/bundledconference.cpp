#include "bundledconference.h"

#include "database.h"
#include "plannerjsonreader.h"
#include "programmestore.h"

#include <QCryptographicHash>
#include <QFile>

namespace planner {

StoreStatus BundledConference::ensureImported(Database &database)
{
    // A read-only database shows what it holds; the next writable start catches up.
    if (database.isReadOnly())
        return StoreStatus::success();
    QFile file(resourcePath());
    if (!file.open(QIODevice::ReadOnly))
        return StoreStatus::failure(tr("the bundled conference is missing from this build"));
    const QByteArray bytes = file.readAll();
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QString metaKey = QStringLiteral("bundled:") + key();
    if (database.metaValue(metaKey) == hash)
        return StoreStatus::success();

    const ReadResult result = PlannerJsonReader().read(bytes, resourcePath());
    if (!result.ok())
        return StoreStatus::failure(result.error->toString());
    StoreStatus status = ProgrammeStore(database).importConference(result.data, hash);
    if (status.ok())
        status = database.setMetaValue(metaKey, hash);
    return status;
}

} // namespace planner
