// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/causemodel.h"

#include "app/remedytext.h"
#include "core/report/reportids.h"

#include <QVariantList>

CauseModel::CauseModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int CauseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_causes.size());
}

QHash<int, QByteArray> CauseModel::roleNames() const
{
    return {
        {CauseIdRole, "causeId"},    {SeverityRole, "severity"}, {SummaryRole, "summary"},
        {EvidenceRole, "evidence"},  {RemedyIdRole, "remedyId"}, {AdviceRole, "advice"},
        {ActionRole, "actionLabel"}, {PrimaryRole, "primary"},
    };
}

QVariant CauseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const oom::Cause &cause = m_causes.at(index.row());
    switch (role) {
    case CauseIdRole: return cause.id;
    case SeverityRole: return oom::severityId(cause.severity);
    case Qt::DisplayRole:
    case SummaryRole: return cause.summary;
    case EvidenceRole: {
        QVariantList lines;
        for (qint64 line : cause.evidence)
            lines.append(line);
        return lines;
    }
    case RemedyIdRole: return cause.remedy;
    case AdviceRole: return RemedyText::advice(cause.remedy);
    case ActionRole: return RemedyText::actionLabel(cause.remedy);
    case PrimaryRole: return index.row() == 0;
    default: return {};
    }
}

void CauseModel::setCauses(const QList<oom::Cause> &causes)
{
    beginResetModel();
    m_causes = causes;
    endResetModel();
}
