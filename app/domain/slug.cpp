#include "slug.h"

namespace planner {

QString slugify(const QString &text)
{
    QString slug;
    slug.reserve(text.size());
    bool pendingDash = false;
    for (const QChar c : text.normalized(QString::NormalizationForm_KC)) {
        if (c.isLetterOrNumber() || c.isMark() || c.isSurrogate()) {
            if (pendingDash && !slug.isEmpty())
                slug += u'-';
            pendingDash = false;
            slug += c.toLower();
        } else {
            pendingDash = true;
        }
    }
    return slug;
}

} // namespace planner
