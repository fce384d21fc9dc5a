#include "interfacelanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace planner {

InterfaceLanguage::InterfaceLanguage(QObject *parent)
    : QObject(parent)
{
}

InterfaceLanguage::~InterfaceLanguage()
{
    removeInstalled();
}

void InterfaceLanguage::removeInstalled()
{
    if (m_ours)
        QCoreApplication::removeTranslator(m_ours.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_ours.reset();
    m_qt.reset();
}

std::optional<Language> InterfaceLanguage::fromOption(const QString &tag)
{
    if (tag == QLatin1String("en"))
        return Language::English;
    if (tag == QLatin1String("zh_TW"))
        return Language::Chinese;
    return std::nullopt;
}

Language InterfaceLanguage::atStart(
    std::optional<Language> asked, std::optional<Language> lastChosen)
{
    if (asked)
        return *asked;
    if (lastChosen)
        return *lastChosen;
    return languageFromTag(QLocale().name());
}

bool InterfaceLanguage::install(Language language)
{
    removeInstalled();
    const bool changes = language != m_language;
    m_language = language;
    if (language == Language::Chinese) {
        m_qt = std::make_unique<QTranslator>();
        if (m_qt->load(
                QStringLiteral("qtbase_zh_TW"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qt.get());
    }
    // English is the source language; its catalogue supplies plural forms.
    m_ours = std::make_unique<QTranslator>();
    const bool loaded
        = m_ours->load(QStringLiteral(":/i18n/conference-planner_") + languageTag(language));
    if (loaded)
        QCoreApplication::installTranslator(m_ours.get());
    // After the catalogues: what reacts may translate in the new language.
    if (changes)
        emit changed(language);
    return loaded;
}

} // namespace planner
