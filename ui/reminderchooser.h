#pragma once

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;

namespace planner {

class UserDataService;

// "Remind me" beside a session's bookmark: the user's usual lead time, none, or
// a lead time of the session's own. Offered for bookmarked sessions with a time.
class ReminderChooser : public QWidget
{
    Q_OBJECT

public:
    explicit ReminderChooser(UserDataService &userData, QWidget *parent = nullptr);

    // The lead times offered, in minutes.
    static const QList<int> &choices();

    void setSession(const QString &conference, const QString &session);
    // The user's usual lead time (0: none), named by the first choice.
    void setUsualMinutes(int minutes);
    QComboBox *comboBox() const { return m_combo; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showStored();
    void onActivated(int index);

    UserDataService &m_userData;
    QLabel *m_label;
    QComboBox *m_combo;
    QString m_conference;
    QString m_session;
    int m_usualMinutes = 10;
};

} // namespace planner
