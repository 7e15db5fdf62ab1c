package org.dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Rows and schemas of hand-made records, without a Spark session. */
class RecordRowsTest {

    record Inner(String name, @JsonProperty("geo_id") Long geoId) {}

    record Outer(String zeta, int count, double score, Boolean flag, LocalDate day, @JsonProperty("alpha_list")
            List<Inner> inners, Inner inner, List<String> words) {}

    record Unsupported(Map<String, String> map) {}

    @Test
    void theSchemaNamesColumnsAsTheJsonDoesInNameOrderWithJsonInferredTypes() {
        StructType schema = RecordRows.of(Outer.class).schema();

        assertThat(schema.fieldNames()).containsExactly("alpha_list", "count", "day", "flag", "inner", "score",
                "words", "zeta");
        assertThat(schema.apply("count").dataType()).isEqualTo(DataTypes.LongType);
        assertThat(schema.apply("score").dataType()).isEqualTo(DataTypes.DoubleType);
        assertThat(schema.apply("flag").dataType()).isEqualTo(DataTypes.BooleanType);
        assertThat(schema.apply("day").dataType()).isEqualTo(DataTypes.StringType);
        assertThat(schema.apply("words").dataType()).isEqualTo(DataTypes.createArrayType(DataTypes.StringType, true));
        StructType inner = (StructType) ((ArrayType) schema.apply("alpha_list").dataType()).elementType();
        assertThat(inner.fieldNames()).containsExactly("geo_id", "name");
        assertThat(inner.apply("geo_id").dataType()).isEqualTo(DataTypes.LongType);
        assertThat(schema.apply("inner").dataType()).isEqualTo(inner);
        assertThat(schema.fields()).allSatisfy(field -> assertThat(field.nullable()).isTrue());
    }

    @Test
    void aRowHoldsTheRecordsValuesInColumnOrderWithNullsKept() {
        Outer outer = new Outer("z", 7, 0.5, null, LocalDate.of(2016, 10, 9),
                List.of(new Inner("Aleppo", 170063L), new Inner(null, null)), null, List.of("a", "b"));

        Row row = RecordRows.of(Outer.class).toRow(outer);

        assertThat(row.length()).isEqualTo(8);
        Object[] inners = (Object[]) row.get(0);
        assertThat(inners).hasSize(2);
        assertThat(((Row) inners[0]).get(0)).isEqualTo(170063L);
        assertThat(((Row) inners[0]).get(1)).isEqualTo("Aleppo");
        assertThat(((Row) inners[1]).get(0)).isNull();
        assertThat(row.get(1)).isEqualTo(7L);
        assertThat(row.get(2)).isEqualTo("2016-10-09");
        assertThat(row.get(3)).isNull();
        assertThat(row.get(4)).isNull();
        assertThat(row.get(5)).isEqualTo(0.5);
        assertThat(Arrays.asList((Object[]) row.get(6))).containsExactly("a", "b");
        assertThat(row.get(7)).isEqualTo("z");
    }

    @Test
    void aComponentWithoutAColumnTypeIsNamed() {
        assertThatThrownBy(() -> RecordRows.of(Unsupported.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unsupported.map");
    }
}
