// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/cause.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

// The causes of one incident, primary first, as the incident page's cards show them.
class CauseModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("IncidentView owns its causes")

public:
    enum Role {
        CauseIdRole = Qt::UserRole + 1,
        SeverityRole,
        SummaryRole,
        EvidenceRole, // the line numbers (a list of numbers)
        RemedyIdRole,
        AdviceRole, // what to do, in words (RemedyText)
        ActionRole, // the remedy button's label
        PrimaryRole,
    };

    explicit CauseModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setCauses(const QList<oom::Cause> &causes);

private:
    QList<oom::Cause> m_causes;
};
