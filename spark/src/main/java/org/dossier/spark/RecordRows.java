package org.dossier.spark;

import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dossier.output.RecordJson;

/**
 * Spark rows of a Java record, for the job's Parquet output, made from the record's values: no JSON between. The
 * schema is the record's, read from its components: a column per component, named as the JSONL names it ({@link
 * RecordJson}), in name order, every column nullable; whole numbers are {@code long}, fractions {@code double},
 * days ({@link LocalDate}) their ISO text, lists arrays and records structs. These are the columns and types the
 * job's Parquet had when Spark inferred them from the JSONL, so readers of it see no change, except that a list
 * that was empty in every record of a run no longer comes out as an array of strings.
 *
 * <p>A shape is built once per record class and kept; it is Serializable, so a task gets it with its closure.
 */
final class RecordRows<T extends Record> implements Serializable {

    private final Class<T> type;
    private transient Shape shape;

    private RecordRows(Class<T> type) {
        this.type = type;
        this.shape = Shape.of(type);
    }

    /** @throws IllegalArgumentException when a component has a type that has no column type (named) */
    static <T extends Record> RecordRows<T> of(Class<T> type) {
        return new RecordRows<>(type);
    }

    StructType schema() {
        return (StructType) shape().dataType();
    }

    Row toRow(T record) {
        return (Row) shape().value(record);
    }

    private Shape shape() {
        if (shape == null) {
            shape = Shape.of(type);
        }
        return shape;
    }

    /** How one Java type becomes a column type, and one of its values a column value. */
    private sealed interface Shape {

        DataType dataType();

        /** The column value of a non-null value of the type. */
        Object convert(Object value);

        default Object value(Object value) {
            return value == null ? null : convert(value);
        }

        static Shape of(Type type) {
            if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
                return new ArrayShape(of(list.getActualTypeArguments()[0]));
            }
            if (type instanceof Class<?> c) {
                if (c == String.class) {
                    return Scalar.TEXT;
                }
                if (c == LocalDate.class) {
                    return Scalar.DAY;
                }
                if (c == int.class || c == Integer.class || c == long.class || c == Long.class || c == short.class
                        || c == Short.class) {
                    return Scalar.WHOLE;
                }
                if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
                    return Scalar.FRACTION;
                }
                if (c == boolean.class || c == Boolean.class) {
                    return Scalar.TRUTH;
                }
                if (c.isRecord()) {
                    return StructShape.of(c);
                }
            }
            throw new IllegalArgumentException("no Parquet column type for " + type.getTypeName());
        }
    }

    private enum Scalar implements Shape {
        TEXT(DataTypes.StringType) {
            @Override
            public Object convert(Object value) {
                return value;
            }
        },
        /** Days are written as the JSONL writes them, {@code yyyy-mm-dd}: the columns stay what readers know. */
        DAY(DataTypes.StringType) {
            @Override
            public Object convert(Object value) {
                return value.toString();
            }
        },
        WHOLE(DataTypes.LongType) {
            @Override
            public Object convert(Object value) {
                return ((Number) value).longValue();
            }
        },
        FRACTION(DataTypes.DoubleType) {
            @Override
            public Object convert(Object value) {
                return ((Number) value).doubleValue();
            }
        },
        TRUTH(DataTypes.BooleanType) {
            @Override
            public Object convert(Object value) {
                return value;
            }
        };

        private final DataType dataType;

        Scalar(DataType dataType) {
            this.dataType = dataType;
        }

        @Override
        public DataType dataType() {
            return dataType;
        }
    }

    private record ArrayShape(Shape element) implements Shape {

        @Override
        public DataType dataType() {
            return DataTypes.createArrayType(element.dataType(), true);
        }

        @Override
        public Object convert(Object value) {
            List<?> list = (List<?>) value;
            Object[] out = new Object[list.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = element.value(list.get(i));
            }
            return out;
        }
    }

    /** A record's components in the order of their column names. */
    private record StructShape(List<Field> fields, StructType dataType) implements Shape {

        record Field(String name, RecordComponent component, Shape shape) {}

        static StructShape of(Class<?> record) {
            List<Field> fields = new ArrayList<>();
            for (RecordComponent component : record.getRecordComponents()) {
                String name = RecordJson.nameOf(component); // the column is named as the JSON lines name it
                Shape shape;
                try {
                    shape = Shape.of(component.getGenericType());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(record.getSimpleName() + "." + component.getName() + ": "
                            + e.getMessage(), e);
                }
                fields.add(new Field(name, component, shape));
            }
            fields.sort(Comparator.comparing(Field::name));
            StructField[] columns = fields.stream()
                    .map(f -> DataTypes.createStructField(f.name(), f.shape().dataType(), true))
                    .toArray(StructField[]::new);
            return new StructShape(List.copyOf(fields), DataTypes.createStructType(columns));
        }

        @Override
        public Object convert(Object value) {
            Object[] values = new Object[fields.size()];
            for (int i = 0; i < values.length; i++) {
                Field field = fields.get(i);
                try {
                    values[i] = field.shape().value(field.component().getAccessor().invoke(value));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + field.component() + " of " + value, e);
                }
            }
            return RowFactory.create(values);
        }
    }
}
