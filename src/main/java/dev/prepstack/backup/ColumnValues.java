package dev.prepstack.backup;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A column value between JDBC and the backup's JSON, the same for H2 and PostgreSQL: times as ISO
 * text (with an offset when the column has a time zone), binary as Base64, numbers and booleans as
 * JSON's own.
 */
final class ColumnValues {

    private ColumnValues() {}

    /** PostgreSQL's driver reports timestamptz as a plain TIMESTAMP; its type name tells them apart. */
    static int typeOf(int type, String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        if (type == Types.TIMESTAMP && (name.contains("timestamptz") || name.contains("with time zone"))) {
            return Types.TIMESTAMP_WITH_TIMEZONE;
        }
        return type;
    }

    static void write(ResultSet rs, int i, int type, JsonGenerator g) throws SQLException {
        switch (type) {
            case Types.TIMESTAMP_WITH_TIMEZONE -> {
                OffsetDateTime v = rs.getObject(i, OffsetDateTime.class);
                if (v == null) g.writeNull();
                else g.writeString(v.toString());
            }
            case Types.TIMESTAMP -> {
                LocalDateTime v = rs.getObject(i, LocalDateTime.class);
                if (v == null) g.writeNull();
                else g.writeString(v.toString());
            }
            case Types.DATE -> {
                LocalDate v = rs.getObject(i, LocalDate.class);
                if (v == null) g.writeNull();
                else g.writeString(v.toString());
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] v = rs.getBytes(i);
                if (v == null) g.writeNull();
                else g.writeString(Base64.getEncoder().encodeToString(v));
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean v = rs.getBoolean(i);
                if (rs.wasNull()) g.writeNull();
                else g.writeBoolean(v);
            }
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> {
                long v = rs.getLong(i);
                if (rs.wasNull()) g.writeNull();
                else g.writeNumber(v);
            }
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> {
                double v = rs.getDouble(i);
                if (rs.wasNull()) g.writeNull();
                else g.writeNumber(v);
            }
            case Types.NUMERIC, Types.DECIMAL -> {
                BigDecimal v = rs.getBigDecimal(i);
                if (v == null) g.writeNull();
                else g.writeNumber(v);
            }
            default -> {
                String v = rs.getString(i);
                if (v == null) g.writeNull();
                else g.writeString(v);
            }
        }
    }

    static void bind(PreparedStatement st, int index, int type, JsonParser p) throws SQLException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            st.setNull(index, type);
            return;
        }
        switch (type) {
            case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP -> {
                // The text says which it is: an offset (written from a zoned column) or none.
                String text = p.getString();
                boolean zoned = text.endsWith("Z") || text.matches(".*[+-]\\d{2}:\\d{2}$");
                st.setObject(index, zoned ? OffsetDateTime.parse(text) : LocalDateTime.parse(text));
            }
            case Types.DATE -> st.setObject(index, LocalDate.parse(p.getString()));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
                st.setBytes(index, Base64.getDecoder().decode(p.getString()));
            case Types.BOOLEAN, Types.BIT -> st.setBoolean(index, p.getBooleanValue());
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER -> st.setInt(index, p.getIntValue());
            case Types.BIGINT -> st.setLong(index, p.getLongValue());
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> st.setDouble(index, p.getDoubleValue());
            case Types.NUMERIC, Types.DECIMAL -> st.setBigDecimal(index, p.getDecimalValue());
            default -> st.setString(index, p.getValueAsString());
        }
    }
}
