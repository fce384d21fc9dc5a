#include "language.h"

namespace planner {

QString languageTag(Language language)
{
    return language == Language::Chinese ? QStringLiteral("zh_TW") : QStringLiteral("en");
}

Language languageFromTag(const QString &tag)
{
    // Simplified Chinese is not a language this product offers; only the
    // Traditional variants map to Chinese.
    QString t = tag.trimmed();
    t.replace(u'-', u'_');
    if (t.compare(QStringLiteral("zh"), Qt::CaseInsensitive) == 0
        || t.startsWith(QStringLiteral("zh_TW"), Qt::CaseInsensitive)
        || t.startsWith(QStringLiteral("zh_HK"), Qt::CaseInsensitive)
        || t.startsWith(QStringLiteral("zh_MO"), Qt::CaseInsensitive)
        || t.startsWith(QStringLiteral("zh_Hant"), Qt::CaseInsensitive))
        return Language::Chinese;
    return Language::English;
}

QLocale localeOf(Language language)
{
    return language == Language::Chinese ? QLocale(QLocale::Chinese, QLocale::Taiwan)
                                         : QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace planner
