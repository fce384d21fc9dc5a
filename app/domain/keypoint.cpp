#include "keypoint.h"

#include <QCryptographicHash>

namespace planner {

QString KeyPoint::key() const
{
    // The original text (zh where present) decides, so a revised translation
    // keeps the user's annotations attached.
    const QString leadText = lead.zh.isEmpty() ? lead.en : lead.zh;
    const QString bodyText = text.zh.isEmpty() ? text.en : text.zh;
    const QByteArray digest = QCryptographicHash::hash(
        (leadText + u'\n' + bodyText).toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(digest.toHex().left(12));
}

} // namespace planner
