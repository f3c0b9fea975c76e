// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "app/memory/seriesmodel.h"
#include "app/memory/sourcebinding.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

// The buddy allocator's free lists of one zone: one row per order (0 to MAX_ORDER), with
// the number of free blocks, the memory they hold, the migrate types the report printed,
// and the kernel's unusable-free and fragmentation indices for an allocation of that order
// (mm/vmstat.c). Columns for a stacked bar chart's model mapper: the MiB held in blocks
// too small for `order`, the MiB in blocks that could serve it, then the block count. For an
// incident the zones are the report's buddy lines and `order` is the failed allocation's; live they
// come from the sampler every second, with a history of the largest free order and the unusable
// index at `order`.
class BuddyModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariant incident READ incident WRITE setIncident NOTIFY incidentChanged)
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(QStringList zones READ zones NOTIFY zonesChanged)
    // -1: the zone that matters (the one that refused the failed allocation, else the
    // first with free lists).
    Q_PROPERTY(int zoneIndex READ zoneIndex WRITE setZoneIndex NOTIFY zonesChanged)
    Q_PROPERTY(int currentZone READ currentZone NOTIFY valuesChanged)
    Q_PROPERTY(QString zoneLabel READ zoneLabel NOTIFY valuesChanged)
    // The order the indices answer for: the failed allocation's (incident), else 3
    // (PAGE_ALLOC_COSTLY_ORDER, beyond which the allocator gives up early). Writable live.
    Q_PROPERTY(int order READ order WRITE setOrder NOTIFY valuesChanged)
    Q_PROPERTY(bool orderIsFailed READ orderIsFailed NOTIFY valuesChanged)
    Q_PROPERTY(int largestFreeOrder READ largestFreeOrder NOTIFY valuesChanged)
    Q_PROPERTY(double freeKb READ freeKb NOTIFY valuesChanged)
    Q_PROPERTY(double unusableIndex READ unusableIndex NOTIFY valuesChanged)
    Q_PROPERTY(double fragmentationIndex READ fragmentationIndex NOTIFY valuesChanged)
    Q_PROPERTY(QString answer READ answer NOTIFY valuesChanged)
    Q_PROPERTY(double maxMemoryMiB READ maxMemoryMiB NOTIFY valuesChanged)
    Q_PROPERTY(QStringList orderLabels READ orderLabels NOTIFY valuesChanged)
    Q_PROPERTY(SeriesModel *history READ history CONSTANT)

public:
    enum Role {
        OrderRole = Qt::UserRole + 1,
        CountRole,
        BlockKbRole,
        MemoryKbRole,
        MigrateTypesRole,
        IsOrderRole, // the row of `order`
        ServesOrderRole, // a block of this row could serve `order`
        UnusableIndexRole, // thousandths / 1000: 0..1
        FragmentationIndexRole, // -1 (would succeed), 0..1
    };
    Q_ENUM(Role)
    enum Column { TooSmallMiBColumn, ServingMiBColumn, CountColumn, ColumnCount };

    explicit BuddyModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QVariant incident() const { return m_source.incidentVariant(); }
    void setIncident(const QVariant &incident);
    bool isActive() const { return m_source.isActive(); }
    void setActive(bool active);
    QStringList zones() const;
    int zoneIndex() const { return m_zoneIndex; }
    void setZoneIndex(int index);
    int currentZone() const { return m_current; }
    QString zoneLabel() const;
    int order() const { return m_order; }
    void setOrder(int order);
    bool orderIsFailed() const { return m_orderIsFailed; }
    int largestFreeOrder() const;
    double freeKb() const;
    double unusableIndex() const;
    double fragmentationIndex() const;
    QString answer() const;
    double maxMemoryMiB() const;
    QStringList orderLabels() const;
    SeriesModel *history() { return &m_history; }
    oomapp::SourceBinding &source() { return m_source; }

    // One zone's free lists as the source gave them.
    struct Zone {
        std::optional<int> node;
        QString name;
        QList<qint64> counts; // per order
        QStringList migrateTypes; // per order, as printed ("UME"); empty live
        qint64 pageKb = 4;
    };
    const QList<Zone> &zoneList() const { return m_zones; }

Q_SIGNALS:
    void incidentChanged();
    void activeChanged();
    void zonesChanged();
    void valuesChanged();

private:
    void reload();
    void applySample(const oom::SampleFramePtr &frame);
    void setZones(QList<Zone> zones);
    void resolveCurrent();
    const Zone *current() const;

    oomapp::SourceBinding m_source;
    QList<Zone> m_zones;
    int m_zoneIndex = -1;
    int m_current = -1;
    int m_preferred = -1; // the zone that refused (incident)
    int m_order = 3;
    bool m_orderIsFailed = false;
    SeriesModel m_history;
};
