#pragma once

#include <QObject>

namespace planner {

class Database;

// Notices what another process (a second window, the command line) has written
// to the database since the last look, so the window can show it when the user
// comes back to it. Looking is one cheap pragma; our own writes are not counted.
class ExternalChanges : public QObject
{
    Q_OBJECT

public:
    explicit ExternalChanges(Database &database, QObject *parent = nullptr);

    // Emits changed() when another process has committed since the last check.
    bool check();

signals:
    void changed();

private:
    Database &m_database;
    qint64 m_seen;
};

} // namespace planner
