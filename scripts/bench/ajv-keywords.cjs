// For ajv-cli in the benchmark: sup's schemas carry the annotation keyword x-sup-ref.
module.exports = (ajv) => ajv.addKeyword({ keyword: 'x-sup-ref', schemaType: 'array' });
