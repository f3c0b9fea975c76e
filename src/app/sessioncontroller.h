// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "app/incidentlistmodel.h"
#include "app/sessionoverview.h"
#include "core/session/session.h"

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QVariant>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

class AnalysisWorker;
class DesktopNotifier;

namespace oom {
class KernelLogWatcher;
} // namespace oom

// The session the window shows: its inputs (files, folders, archives, the live system),
// loading them on a worker thread (AnalysisWorker) with progress and Cancel, the incidents
// as they are found, the banners of inputs that failed, and the selected incident. On the
// live system it follows the kernel log afterwards: a new OOM becomes an incident, a banner
// and a desktop notification.
class SessionController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList inputs READ inputs NOTIFY inputsChanged)
    // What the source bar shows: the inputs joined for a title, and each open source with
    // LiveInput ("live") first when the live system is open.
    Q_PROPERTY(QString inputsText READ inputsText NOTIFY inputsChanged)
    Q_PROPERTY(QStringList openSources READ openSources NOTIFY inputsChanged)
    Q_PROPERTY(bool live READ isLive NOTIFY inputsChanged)
    Q_PROPERTY(bool empty READ isEmpty NOTIFY inputsChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    // QML sees line numbers and byte counts as double: Qt 6.4's QML tooling has no type for
    // qint64, and a double holds them exactly below 2^53.
    Q_PROPERTY(double bytesDone READ bytesDoneForQml NOTIFY progressChanged)
    Q_PROPERTY(double bytesTotal READ bytesTotalForQml NOTIFY progressChanged)
    // 0..1, or -1 while the total is unknown (standard input, the live log).
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString currentInput READ currentInput NOTIFY progressChanged)
    Q_PROPERTY(QString liveSource READ liveSource NOTIFY liveSourceChanged)
    // {text, severity, input} maps; the newest last.
    Q_PROPERTY(QVariantList banners READ banners NOTIFY bannersChanged)
    Q_PROPERTY(QStringList logInputs READ logInputs NOTIFY sessionChanged)
    Q_PROPERTY(IncidentListModel *incidents READ incidents CONSTANT)
    Q_PROPERTY(SessionOverview *overview READ overview CONSTANT)
    Q_PROPERTY(QString selectedId READ selectedId WRITE select NOTIFY selectionChanged)
    // A QVariant holding oom::IncidentPtr (undefined without a selection): what every page
    // of an incident takes as `incident`.
    Q_PROPERTY(QVariant selectedIncident READ selectedIncident NOTIFY selectionChanged)
    Q_PROPERTY(bool notificationsEnabled READ notificationsEnabled WRITE setNotificationsEnabled
                   NOTIFY notificationsEnabledChanged)

public:
    explicit SessionController(QObject *parent = nullptr);
    ~SessionController() override;

    QStringList inputs() const { return m_paths; }
    QString inputsText() const { return m_paths.join(u", "); }
    QStringList openSources() const;
    bool isLive() const { return m_live; }
    bool isEmpty() const { return m_paths.isEmpty() && !m_live; }
    bool isLoading() const { return bool(m_worker); }
    qint64 bytesDone() const { return m_bytesDone; }
    qint64 bytesTotal() const { return m_bytesTotal; }
    double progress() const;
    QString currentInput() const { return m_currentInput; }
    QString liveSource() const { return m_liveSource; }
    QVariantList banners() const { return m_banners; }
    QStringList logInputs() const;
    // The position of `input` in logInputs, -1 when it is not there.
    Q_INVOKABLE int logInputIndex(const QString &input) const
    {
        return int(logInputs().indexOf(input));
    }
    IncidentListModel *incidents() const { return m_incidents; }
    SessionOverview *overview() const { return m_overview; }
    QString selectedId() const { return m_selectedId; }
    QVariant selectedIncident() const;
    oom::SessionPtr session() const { return m_session; }
    bool notificationsEnabled() const { return m_notificationsEnabled; }
    void setNotificationsEnabled(bool enabled);

    // Replaces the session's inputs with these (local files, folders, archives).
    Q_INVOKABLE void open(const QList<QUrl> &urls);
    Q_INVOKABLE void openPaths(const QStringList &paths);
    // Adds inputs (a drop): the session is read again with them.
    Q_INVOKABLE void add(const QList<QUrl> &urls);
    // The live system: its kernel log since boot, then new incidents as they happen.
    Q_INVOKABLE void openLive();
    Q_INVOKABLE void closeInput(const QString &path); // a path, or "live"
    Q_INVOKABLE void closeAll();
    Q_INVOKABLE void reload();
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void select(const QString &id);
    Q_INVOKABLE void dismissBanner(int index);
    // The report spans of `input` (QPoint(first, last) each), for the log view's filter.
    Q_INVOKABLE QVariantList reportSpans(const QString &input) const;
    Q_INVOKABLE QString incidentIdAtLine(const QString &input, qint64 line) const;

Q_SIGNALS:
    void inputsChanged();
    void loadingChanged();
    void progressChanged();
    void liveSourceChanged();
    void bannersChanged();
    void sessionChanged();
    void selectionChanged();
    void notificationsEnabledChanged();
    // A new incident on the live system (after loading).
    void liveIncident(const QString &id);
    // The user asked for a remedy of a cause (the wizards attach here).
    void remedyRequested(const QString &remedyId, const QVariant &incident);

public Q_SLOTS:
    void requestRemedy(const QString &remedyId);

private:
    double bytesDoneForQml() const { return double(m_bytesDone); }
    double bytesTotalForQml() const { return double(m_bytesTotal); }

    void start();
    void stopWorker();
    void addBanner(const QString &text, const QString &severity, const QString &input = {});
    void onIncidentFound(const oom::IncidentPtr &incident);
    void onFinished(const oom::SessionPtr &session, const QString &liveSource);
    void startWatching();
    void onLiveIncident(const oom::IncidentPtr &incident);
    void setSelectionValid();

    QStringList m_paths;
    bool m_live = false;
    std::unique_ptr<AnalysisWorker> m_worker;
    std::unique_ptr<oom::KernelLogWatcher> m_watcher;
    DesktopNotifier *m_notifier;
    bool m_notificationsEnabled = true;
    qint64 m_bytesDone = 0;
    qint64 m_bytesTotal = -1;
    QString m_currentInput;
    QString m_liveSource;
    QVariantList m_banners;
    IncidentListModel *m_incidents;
    SessionOverview *m_overview;
    oom::SessionPtr m_session;
    QString m_selectedId;
    // The selection to restore while a reload brings the same incidents back (ids are stable).
    QString m_wantedId;
};
