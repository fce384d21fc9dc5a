#pragma once

#include "agendabuilder.h"
#include "database.h"
#include "importer.h"
#include "userdatastore.h"

#include <QTemporaryDir>

// tests/data/export-programme.json in a fresh database, every session bookmarked:
// what every export must carry whole and safely. Its first session has a hostile
// title (markup, Markdown, a spreadsheet formula, a javascript: link), HTML and
// Markdown in its description, links of every kind (a javascript: one among them),
// speakers in both scripts, Chinese text and an emoji; the second has a day but no
// time and a description but no abstract; the third is on demand.
namespace exportfixture {

using namespace planner;

inline const QString conference = QStringLiteral("export-fixture-2026");
inline const QString hostileTitle = QStringLiteral(
    "<script>alert(1)</script> *Fast* _paths_ [x](javascript:alert(1)) # =cmd|' /C calc'!A0");
inline const QString descriptionOnly = QStringLiteral("Only a description, no abstract.");
inline const QString descriptionOnlyChinese = QStringLiteral("只有說明，沒有摘要：人、入、大、口。");
inline const QString emojiAbstract = QStringLiteral("Abstract: people and large language models 🚀");
inline const QString slides = QStringLiteral("https://example.org/talks/h1?a=1&b=(2)");

class Fixture
{
public:
    bool setUp()
    {
        if (!m_dir.isValid() || !m_database.open(m_dir.filePath(QStringLiteral("t.sqlite"))).ok())
            return false;
        const ImportOutcome outcome = Importer(m_database).importFile(
            QStringLiteral(PLANNER_SOURCE_DIR "/tests/data/export-programme.json"));
        if (!outcome.ok())
            return false;
        return UserDataStore(m_database)
            .setBookmarked(conference,
                { QStringLiteral("H1"), QStringLiteral("D1"), QStringLiteral("O1") }, true)
            .ok();
    }

    Agenda agenda() { return AgendaBuilder(m_database).build(conference); }
    Database &database() { return m_database; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    Database m_database;
};

} // namespace exportfixture
