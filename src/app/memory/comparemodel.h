// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "app/memory/sourcebinding.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// An incident against the live system now, so an admin sees whether the fix is in place:
// RAM and swap, the limit of the cgroup that hit it, each zone's min watermark, and the
// processes the ranking put first then (are they running, with how much memory, with
// which oom_score_adj). `incident` is the "then"; "now" comes from the snapshot feed while
// `active`. One row per compared value, grouped by `section`.
class CompareModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariant incident READ incident WRITE setIncident NOTIFY incidentChanged)
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(bool ready READ isReady NOTIFY rowsChanged)
    Q_PROPERTY(int count READ count NOTIFY rowsChanged)
    Q_PROPERTY(int changedCount READ changedCount NOTIFY rowsChanged)

public:
    enum Role {
        SectionRole = Qt::UserRole + 1,
        LabelRole,
        ThenRole,
        NowRole,
        ChangedRole,
        NoteRole,
        // The first row of its section: the view puts the section's heading above it.
        FirstInSectionRole,
    };
    Q_ENUM(Role)

    explicit CompareModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QVariant incident() const { return m_source.incidentVariant(); }
    void setIncident(const QVariant &incident);
    bool isActive() const { return m_source.isActive(); }
    void setActive(bool active);
    bool isReady() const { return m_ready; }
    int count() const { return int(m_rows.size()); }
    int changedCount() const;
    oomapp::SourceBinding &source() { return m_source; }
    // Compares the incident with `now` (what the feed delivers; public for tests).
    void compareWith(const oomapp::SnapshotPtr &now);

    struct Row {
        QString section;
        QString label;
        QString then;
        QString now;
        bool changed = false;
        QString note;
    };
    const QList<Row> &rows() const { return m_rows; }

Q_SIGNALS:
    void incidentChanged();
    void activeChanged();
    void rowsChanged();

private:
    oomapp::SourceBinding m_source;
    oom::IncidentPtr m_then;
    QList<Row> m_rows;
    bool m_ready = false;
};
