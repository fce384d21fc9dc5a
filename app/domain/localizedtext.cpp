#include "localizedtext.h"

namespace planner {

QString LocalizedText::text(Language language) const
{
    const QString &preferred = language == Language::Chinese ? zh : en;
    const QString &other = language == Language::Chinese ? en : zh;
    return preferred.isEmpty() ? other : preferred;
}

bool LocalizedText::contains(const QString &needle) const
{
    return zh.contains(needle, Qt::CaseInsensitive) || en.contains(needle, Qt::CaseInsensitive);
}

} // namespace planner
