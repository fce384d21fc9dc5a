#pragma once

#include "language.h"

#include <QObject>
#include <QTranslator>
#include <memory>
#include <optional>

namespace planner {

// The language the interface speaks. Decides it at start, one way for the window and
// the command line (atStart), installs the catalogues for it: ours (compiled in under
// :/i18n/) and, for Chinese, Qt's own, so standard buttons and dialogs speak the same
// language. Installing another language replaces them, which sends every widget a
// LanguageChange event, and announces it to what is not a widget (changed()).
class InterfaceLanguage : public QObject
{
    Q_OBJECT

public:
    explicit InterfaceLanguage(QObject *parent = nullptr);
    ~InterfaceLanguage() override;

    // The value of --language: "zh_TW" or "en", nothing else.
    static std::optional<Language> fromOption(const QString &tag);
    // The language a start speaks: the one asked for, else the one last chosen in the
    // window, else the system's.
    static Language atStart(std::optional<Language> asked, std::optional<Language> lastChosen);

    // False when our catalogue for `language` is missing from the build.
    bool install(Language language);
    Language language() const { return m_language; }

signals:
    void changed(Language language);

private:
    void removeInstalled();

    Language m_language = Language::English;
    std::unique_ptr<QTranslator> m_ours;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace planner
