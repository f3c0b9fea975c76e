// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/loglinesitem.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

namespace {
constexpr qreal NumberMargin = 4; // left of the line numbers
constexpr qreal NumberGap = 12; // between the line numbers and the text
constexpr qreal TextMargin = 24; // right of the widest line
constexpr int MinimumNumberDigits = 4;
// How long a polish waits for the text of the rows in view. A page read from a local file
// arrives in well under a millisecond; a frame (16 ms) must keep time for layout and paint.
constexpr std::chrono::milliseconds ReadBudget(8);
} // namespace

struct LogLinesItem::ShownRow {
    LogRow row;
    QString number;
    QTextLayout layout;
    qreal textTop = 0; // in the row
    qreal width = 0;
};

LogLinesItem::LogLinesItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    // Opaque when the view fills it with an opaque colour: nothing behind needs painting,
    // and the software renderer copies instead of blending.
    connect(this, &QQuickPaintedItem::fillColorChanged, this, [this] {
        setOpaquePainting(fillColor().alpha() == 255);
    });
    connect(this, &LogLinesItem::coloursChanged, this, &LogLinesItem::forgetRows);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

LogLinesItem::~LogLinesItem() = default;

void LogLinesItem::setLog(LogModel *log)
{
    if (log == m_log)
        return;
    if (m_log)
        disconnect(m_log, nullptr, this, nullptr);
    m_log = log;
    if (m_log) {
        connect(m_log, &QAbstractItemModel::modelReset, this, [this] {
            m_widestText = 0;
            forgetRows();
            updateRowCount();
        });
        connect(m_log, &QAbstractItemModel::rowsInserted, this, &LogLinesItem::updateRowCount);
        connect(m_log, &QAbstractItemModel::rowsRemoved, this, [this] {
            forgetRows();
            updateRowCount();
        });
        connect(m_log, &QAbstractItemModel::dataChanged, this, &LogLinesItem::forgetRows);
        // The line numbers' column widens with the number of lines.
        connect(m_log, &LogModel::lineCountChanged, this, &LogLinesItem::relayout);
    }
    m_widestText = 0;
    forgetRows();
    updateRowCount();
    Q_EMIT logChanged();
}

void LogLinesItem::setScrollX(qreal x)
{
    if (qFuzzyCompare(x, m_scrollX))
        return;
    m_scrollX = x;
    update();
    Q_EMIT scrollChanged();
}

void LogLinesItem::setScrollY(qreal y)
{
    if (qFuzzyCompare(y, m_scrollY))
        return;
    m_scrollY = y;
    relayout();
    Q_EMIT scrollChanged();
}

void LogLinesItem::setSelectionFirst(double line)
{
    if (qint64(line) == m_selectionFirst)
        return;
    m_selectionFirst = qint64(line);
    update();
    Q_EMIT selectionChanged();
}

void LogLinesItem::setSelectionLast(double line)
{
    if (qint64(line) == m_selectionLast)
        return;
    m_selectionLast = qint64(line);
    update();
    Q_EMIT selectionChanged();
}

void LogLinesItem::setFont(const QFont &font)
{
    if (font == m_font && m_rowHeight > 0)
        return;
    m_font = font;
    // Whole pixels, so that rows stay on the pixel grid however far down the log is.
    m_rowHeight = std::ceil(QFontMetricsF(m_font).height()) + 2;
    m_widestText = 0;
    forgetRows();
    Q_EMIT fontChanged();
}

int LogLinesItem::rowAt(qreal contentY) const
{
    if (contentY < 0 || m_rowHeight <= 0)
        return -1;
    const qreal row = std::floor(contentY / m_rowHeight);
    return row < m_rowCount ? int(row) : -1;
}

void LogLinesItem::relayout()
{
    polish();
}

void LogLinesItem::forgetRows()
{
    m_shown.clear();
    relayout();
}

void LogLinesItem::updateRowCount()
{
    const int rows = m_log ? m_log->rowCount() : 0;
    if (rows == m_rowCount)
        return;
    m_rowCount = rows;
    relayout(); // rows may have appeared in view
    Q_EMIT rowCountChanged();
}

bool LogLinesItem::isSelected(qint64 line) const
{
    return m_selectionFirst > 0 && line >= m_selectionFirst && line <= m_selectionLast;
}

void LogLinesItem::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        relayout();
}

std::unique_ptr<LogLinesItem::ShownRow> LogLinesItem::layOut(int row) const
{
    auto laidOut = std::make_unique<ShownRow>();
    laidOut->row = m_log->displayRow(row);
    laidOut->number = QString::number(laidOut->row.line);
    QList<QTextLayout::FormatRange> formats = laidOut->row.formats;
    if (!laidOut->row.matches.isEmpty()) {
        QTextCharFormat matchFormat;
        matchFormat.setBackground(m_matchColor);
        matchFormat.setForeground(m_matchTextColor);
        for (const auto &[start, length] : std::as_const(laidOut->row.matches))
            formats.append({int(start), int(length), matchFormat}); // over the colours
    }
    QTextLayout &layout = laidOut->layout;
    layout.setText(laidOut->row.text);
    layout.setFont(m_font);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.setFormats(formats);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid()) {
        line.setLineWidth(std::numeric_limits<int>::max() / 256.0);
        laidOut->textTop = std::round((m_rowHeight - line.height()) / 2);
        laidOut->width = line.naturalTextWidth();
    }
    layout.endLayout();
    return laidOut;
}

void LogLinesItem::updatePolish()
{
    if (!m_log || m_rowHeight <= 0 || m_rowCount == 0) {
        m_shown.clear();
        if (m_reading) {
            m_reading = false;
            Q_EMIT readingChanged();
        }
        update();
        return;
    }
    const QFontMetricsF metrics(m_font);
    const int digits =
        std::max<int>(MinimumNumberDigits, QString::number(m_log->lineCount()).size());
    m_lineNumberWidth = metrics.horizontalAdvance(QString(digits, QLatin1Char('0')));

    const int first = std::max(0, int(std::floor(m_scrollY / m_rowHeight)));
    const int last =
        std::min(m_rowCount - 1, int(std::floor((m_scrollY + height()) / m_rowHeight)));
    m_log->prepareRows(first, last, ReadBudget);
    std::vector<std::unique_ptr<ShownRow>> shown;
    shown.reserve(size_t(std::max(0, last - first + 1)));
    for (int row = first; row <= last; ++row) {
        // A row still in view keeps its layout, once it has its text.
        const qint64 before = qint64(row) - m_firstShownRow;
        if (before >= 0 && before < qint64(m_shown.size()) && m_shown[size_t(before)]
            && !m_shown[size_t(before)]->row.pending) {
            shown.push_back(std::move(m_shown[size_t(before)]));
            continue;
        }
        shown.push_back(layOut(row));
    }
    m_shown = std::move(shown);
    m_firstShownRow = first;
    const bool reading = std::any_of(m_shown.cbegin(), m_shown.cend(), [](const auto &row) {
        return row->row.pending;
    });
    if (reading != m_reading) {
        m_reading = reading;
        Q_EMIT readingChanged();
    }

    for (const auto &row : m_shown)
        m_widestText = std::max(m_widestText, row->width);
    const qreal contentWidth =
        std::ceil(NumberMargin + m_lineNumberWidth + NumberGap + m_widestText + TextMargin);
    if (contentWidth != m_contentWidth) {
        m_contentWidth = contentWidth;
        Q_EMIT contentWidthChanged();
    }
    update();
}

void LogLinesItem::paint(QPainter *painter)
{
    const qreal gutter = NumberMargin + m_lineNumberWidth + NumberGap;
    // Whole pixels: a fractional scroll position would blur the glyphs.
    const qreal top = std::round(m_scrollY);
    const auto rowTop = [&](size_t i) {
        return qreal(m_firstShownRow + qint64(i)) * m_rowHeight - top;
    };
    painter->setFont(m_font);
    for (size_t i = 0; i < m_shown.size(); ++i) {
        const ShownRow &shown = *m_shown[i];
        const QRectF rect(0, rowTop(i), width(), m_rowHeight);
        const bool selected = isSelected(shown.row.line) && !shown.row.marked;
        if (shown.row.marked)
            painter->fillRect(rect, m_markedColor);
        else if (selected)
            painter->fillRect(rect, m_selectionColor);
        else if (shown.row.inReport)
            painter->fillRect(rect, m_reportColor);
        painter->setPen(selected ? m_selectedTextColor : m_lineNumberColor);
        painter->drawText(QRectF(NumberMargin, rect.y(), m_lineNumberWidth, m_rowHeight),
                          Qt::AlignRight | Qt::AlignVCenter, shown.number);
    }
    // The text scrolls sideways under the line numbers, which stay.
    painter->setClipRect(QRectF(gutter, 0, std::max<qreal>(0, width() - gutter), height()));
    const qreal left = gutter - std::round(m_scrollX);
    for (size_t i = 0; i < m_shown.size(); ++i) {
        const ShownRow &shown = *m_shown[i];
        const bool selected = isSelected(shown.row.line) && !shown.row.marked;
        painter->setPen(selected ? m_selectedTextColor : m_textColor);
        shown.layout.draw(painter, QPointF(left, rowTop(i) + shown.textTop));
    }
}
